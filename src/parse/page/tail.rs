//! The tail of a page, after the last article paragraph: the byline,
//! "Theo …", and headlines of other articles, which are dropped.

use super::header::top_byline;
use super::{body_like, ends_sentence, Page};
use crate::parse::text::{is_letter, lower_same_into, word_count};
use crate::parse::vocab;

/// Moves what follows the last article paragraph into the tail fields.
/// Captions (`captioned`, indices in `body`) after it keep the people they name.
pub(super) fn split_tail(page: &mut Page, mut body: Vec<String>, captioned: &[usize]) {
    // "… là khâu đột phá. (đọc thêm)": a listing's link to the whole
    // article left at the end of its summary.
    body.iter_mut().for_each(cut_more_link);
    // The headlines of related articles glued to the last sentence.
    if let Some(p) = body.last_mut() {
        if let Some(end) = glued_teasers(p) {
            p.truncate(end);
        }
    }
    // The last line may be a sentence with the writer glued to it.
    if let Some(p) = body.last_mut() {
        if let Some((at, by)) = glued_byline(p).filter(|&(at, _)| body_like(&p[..=at])) {
            page.byline = Some(by);
            p.truncate(at + 1);
        }
    }
    // "Trần Văn An – HND xã B." reads as a sentence of six words; so does
    // a desk signing for its unit ("Ban biên tập phường Đông Xuyên.").
    if page.byline.is_none()
        && body
            .last()
            .is_some_and(|l| signature(l) || desk_signature(l))
    {
        page.byline = body.pop().map(|l| l.trim_end_matches('.').to_string());
        // "Trần Thị Hoa" above "Hội Nông dân huyện B": the writer signs on
        // the line above the unit she writes for.
        let desk = page.byline.as_deref().is_some_and(|l| !signature(l));
        if let Some(name) = body.last().filter(|l| desk && writer_alone(l)) {
            page.byline = page.byline.take().map(|unit| format!("{name} - {unit}"));
            body.pop();
        }
    }
    let last = body.iter().rposition(|l| body_like(l)).map(|k| {
        // A page cut off in its last sentence ends with article text, after
        // at most one caption, and no byline (which would end it).
        let between = body.get(k + 1..body.len().saturating_sub(1)).unwrap_or(&[]);
        let cut = body.len() > k + 1
            && body.last().is_some_and(|l| cut_sentence(l))
            && between.len() <= 1
            && !between.iter().any(|l| is_byline(l, &l.to_lowercase()));
        if cut {
            body.len() - 1
        } else {
            k
        }
    });
    // "1. Đồng chí A, Tổng Bí thư …": the members of a body elected or
    // named, one a line under the last paragraph and with no final stop,
    // are the article's own text.
    let last = last.map(|k| k + listed_people(&body[k + 1..]));
    let last = last.map(|k| above_signed_summary(&body, before_teasers(&body, k)));
    // "./." closes an article: the teasers of other articles may follow.
    // A digest goes on past it with its next item, starred and opening
    // with the day it tells of ("* Ngày 20/6, HĐND tỉnh B …").
    let closed = (0..body.len()).find(|&k| {
        body[k].trim_end().ends_with("./.") && !body.get(k + 1).is_some_and(|l| next_item(l))
    });
    let last = match (last, closed) {
        (Some(l), Some(c)) => Some(l.min(c)),
        (l, _) => l,
    };
    let teasers = closed.is_some() && closed == last;
    if let Some(last) = last {
        let captioned = caption_series(&body, last, captioned, teasers);
        let mut lower = String::new();
        for (k, line) in unlinked(body.drain(last + 1..)) {
            // "Đồng chí A trao quà cho hộ nghèo (Ảnh: B)": a sentence of six
            // words or more, not a byline ("Bài và ảnh: B" is cut whole).
            if captioned.contains(&(last + 1 + k)) && word_count(&line) >= 6 {
                page.captions.push(line);
                continue;
            }
            lower_same_into(&line, &mut lower);
            let bare = unbracketed(&lower);
            // "Theo dõi chúng tôi trên …" invites readers to follow the site.
            if let Some(rest) = bare.strip_prefix("theo ").filter(|r| !r.starts_with("dõi")) {
                if word_count(rest) <= 8 && page.theo.is_none() {
                    let at = lower.find(rest).unwrap_or(0);
                    page.theo = Some(line[at..at + rest.len()].to_string());
                    continue;
                }
            }
            // "Nguồn ZING", "Nguồn Hà Tĩnh: https://…": without the colon,
            // the outlet a text was taken from, like "Theo X".
            // "Nguồn ảnh: Internet" credits the photos only.
            if let Some(rest) = lower
                .strip_prefix("nguồn ")
                .filter(|r| !r.starts_with("ảnh"))
            {
                if word_count(rest) <= 8 && page.theo.is_none() {
                    let from = line.len() - rest.len();
                    let outlet = line[from..].split(": ").next().unwrap_or("");
                    page.theo = Some(outlet.trim().to_string());
                    continue;
                }
            }
            // "Thu Hà - 14/08/2021 07:18": a writer with the date of writing.
            let (line, lower) = (strip_stamp(&line), strip_stamp(&lower));
            // "Thu Hà/ baoquangbinh.vn": the writer and the outlet's site.
            if page.byline.is_none() {
                if let Some(by) = comma_signature(line) {
                    page.byline = Some(by);
                    continue;
                }
            }
            let (line, lower) = match site_after_slash(line) {
                Some((name, site)) if page.byline.is_none() => {
                    page.theo.get_or_insert_with(|| site.to_string());
                    (name, &lower[..name.len()])
                }
                _ => (line, lower),
            };
            if page.byline.is_none()
                && (is_byline(line, lower) || desk_signature(line) || staff_signature(line))
            {
                let by = top_byline(line, lower);
                let by = by.as_deref().unwrap_or(line);
                page.byline = Some(by.trim_end_matches('.').to_string());
            } else if k == 0 && !teasers && word_count(line) >= 6 {
                // "Bí thư Thành ủy A thăm hỏi gia đình …" right under the
                // last paragraph, cut off or without its credit: a caption.
                page.captions.push(line.to_string());
            }
        }
    }
    page.paragraphs = body;
}

/// `body` without the dashed lines that close it under the line signing
/// the article ("Thu Hà, Phòng Tuyên truyền", then "- Hội thi … tổ
/// chức.", "- BAN …"): a portal's links to its other articles, however
/// much they read as sentences, for nothing of the article follows its
/// writer.
pub(super) fn drop_signed_links(mut body: Vec<String>) -> Vec<String> {
    let links = body.iter().rev().take_while(|l| dashed_item(l)).count();
    let signed = links > 0
        && body.len() > links
        && body
            .get(body.len() - links - 1)
            .is_some_and(|l| comma_signature(l).is_some() || signature(l));
    if signed {
        body.truncate(body.len() - links);
    }
    body
}

/// Whether `line` is an item of a dashed list: a dash, a space, a capital.
fn dashed_item(line: &str) -> bool {
    ["- ", "– "].iter().any(|d| {
        line.strip_prefix(d)
            .is_some_and(|rest| rest.starts_with(char::is_uppercase))
    })
}

/// The lines known as captions, with each line of six words or more
/// right under a caption below the last paragraph (at `last`), up to the
/// line that signs the article: the captions of a series of photos follow
/// one another down to the writer's name. The first line under the
/// paragraph opens the series as it is read as a caption below: six words
/// or more, no teaser, no source ("Theo …", "Nguồn …").
fn caption_series(body: &[String], last: usize, captioned: &[usize], teasers: bool) -> Vec<usize> {
    let mut out = captioned.to_vec();
    let signs = |l: &str| {
        is_byline(l, &l.to_lowercase()) || signature(l) || desk_signature(l) || staff_signature(l)
    };
    let source = |l: &str| l.starts_with("Theo ") || l.starts_with("Nguồn ");
    let mut run = out.contains(&(last + 1))
        || body.get(last + 1).is_some_and(|l| {
            !teasers && word_count(l) >= 6 && !signs(l) && !source(l) && !linked_headline(l)
        });
    for (k, line) in body.iter().enumerate().skip(last + 2) {
        if signs(line) {
            break;
        }
        run = (run || out.contains(&(k - 1)))
            && word_count(line) >= 6
            && !source(line)
            && !linked_headline(line);
        if run {
            out.push(k);
        }
    }
    out
}

/// The lines under the last paragraph, numbered from the first, without
/// the headlines of other articles (`linked_headline`).
fn unlinked(lines: std::vec::Drain<'_, String>) -> impl Iterator<Item = (usize, String)> + '_ {
    lines.enumerate().filter(|(_, l)| !linked_headline(l))
}

/// Whether `line`, under the article, is the headline of another article
/// linked from the page rather than a photo's caption: bulleted or
/// numbered ("- Chủ tịch UBND huyện A làm việc với xã B", "• …", "* …"),
/// or dated at its end ("… kiểm tra công tác bầu cử (04/06/2024)", "…
/// [04/06]", "… - 04/06/2024"). A caption tells of the photo above it and
/// bears neither mark; the headline names officials of another event, and
/// is dropped from the tail as neither caption nor byline.
pub(super) fn linked_headline(line: &str) -> bool {
    let line = line.trim_end();
    // "- Thu Hà": a writer may sign after a dash; a headline is longer.
    if word_count(line) < MIN_LINKED_HEADLINE_WORDS {
        return false;
    }
    if list_item(line) || line.starts_with("* ") {
        return true;
    }
    let Some((head, last)) = line.rsplit_once(' ') else {
        return false;
    };
    let date = |w: &str| {
        w.contains('/')
            && w.bytes().all(|b| b.is_ascii_digit() || b == b'/')
            && w.bytes().next().is_some_and(|b| b.is_ascii_digit())
    };
    let bracketed = [('(', ')'), ('[', ']')].iter().any(|&(open, close)| {
        last.strip_prefix(open)
            .and_then(|w| w.strip_suffix(close))
            .is_some_and(date)
    });
    // A writer signs with a date too ("Thu Hà - 14/08/2021"): a headline
    // runs longer than a name.
    let dashed = date(last) && (head.ends_with(" -") || head.ends_with(" –"));
    (bracketed || dashed) && word_count(head) >= MIN_LINKED_HEADLINE_WORDS
}

/// Fewest words of a linked headline (a dated one's date left out): more
/// than a writer's name and unit.
const MIN_LINKED_HEADLINE_WORDS: usize = 7;

/// `para` without a listing's link to the whole article at its end.
fn cut_more_link(para: &mut String) {
    if let Some(end) = more_link(para) {
        para.truncate(end);
    }
}

/// Link labels a listing of articles prints after each summary, to open
/// the whole article (lower case).
const MORE_LINKS: &[&str] = &["xem thêm", "đọc thêm", "đọc tiếp", "xem tiếp", "chi tiết"];

/// Where `para` ends without the link to the whole article a listing sets
/// after a summary: the label in brackets ("(đọc thêm)", "[Xem tiếp]") or
/// with its arrow or ellipsis ("Xem thêm »", "Đọc tiếp…"). A sentence may
/// end with the same words ("… để xem thêm."), never marked so.
fn more_link(para: &str) -> Option<usize> {
    let trimmed = para.trim_end();
    // Only a paragraph that ends with a bracket, an arrow or an ellipsis
    // can end with such a label: most end with a full stop and are let
    // through at once.
    let marked = trimmed.ends_with([')', ']', '»', '>', '…', '→']) || trimmed.ends_with("...");
    if !marked {
        return None;
    }
    // The label is looked for in the last 24 bytes only.
    let mut from = trimmed.len().saturating_sub(24);
    while !trimmed.is_char_boundary(from) {
        from += 1;
    }
    let mut lower = String::new();
    lower_same_into(&trimmed[from..], &mut lower);
    let label = MORE_LINKS.iter().find_map(|l| {
        let at = lower.rfind(l)?;
        let (before, after) = (lower[..at].trim_end(), lower[at + l.len()..].trim());
        let bracketed =
            (before.ends_with('(') && after == ")") || (before.ends_with('[') && after == "]");
        let arrowed = ["»", ">>", "...", "…", "→"].contains(&after);
        let opened = if bracketed { before.len() - 1 } else { at };
        (bracketed || arrowed).then_some(opened)
    })?;
    let end = trimmed[..from + label].trim_end().len();
    // A summary stays before the label: the label alone is no paragraph.
    (end > 0).then_some(end)
}

/// Whether `line` opens a digest's next item: a star, then a sentence
/// opening with its time ("* Sáng 5/3, …").
fn next_item(line: &str) -> bool {
    line.strip_prefix("* ").is_some_and(|rest| {
        let mut lower = String::new();
        lower_same_into(rest, &mut lower);
        super::starts_with_time(&lower) && body_like(rest)
    })
}

/// How many of `lines` in a row, from the first, list people one a line,
/// each with a post ("1. Đồng chí A, Trưởng Ban Tổ chức Trung ương", "- Ông
/// B, Chủ tịch UBND tỉnh", "2. Trần Văn C, Phó Trưởng ban …"), in one list
/// or several, each with its own heading before it ("Bộ Chính trị khóa
/// XIII", "Dự hội nghị có:"); none unless two people are listed. An item
/// the list's style misses (a post given by a verb, an office not in the
/// lexicon) stays when most items of its list name people. Headlines of
/// other articles are numbered or bulleted too, but name no person first.
fn listed_people(lines: &[String]) -> usize {
    let mut end = 0;
    let mut people = 0;
    loop {
        // "Về dự có:": a colon ends a heading too.
        let heading = usize::from(lines.get(end).is_some_and(|l| {
            !list_item(l)
                && (l.trim_end().ends_with(':') || !ends_sentence(l))
                && word_count(l) <= MAX_LIST_HEADING_WORDS
        }));
        let from = end + heading;
        let items = lines[from.min(lines.len())..]
            .iter()
            .take_while(|l| list_item(l))
            .count();
        let named = lines[from.min(lines.len())..from + items]
            .iter()
            .filter(|l| person_item(l))
            .count();
        if named == 0 || named * 2 < items {
            break;
        }
        end = from + items;
        people += named;
    }
    if people >= 2 {
        end
    } else {
        0
    }
}

/// Most words of a heading over a list of people.
const MAX_LIST_HEADING_WORDS: usize = 20;

/// The text of a numbered or bulleted item after its mark ("1.", "2)",
/// "-", "•").
fn item_text(line: &str) -> Option<&str> {
    let l = line.trim_start();
    let digits = l.bytes().take_while(u8::is_ascii_digit).count();
    let rest = if digits > 0 {
        l[digits..].strip_prefix(['.', ')'])
    } else {
        l.strip_prefix(['-', '–', '+', '•'])
    };
    rest.map(str::trim_start)
}

/// Whether `line` is a numbered or bulleted item.
fn list_item(line: &str) -> bool {
    item_text(line).is_some_and(|rest| !rest.is_empty())
}

/// Whether `line` is a numbered or bulleted item naming one person, after
/// a form of address or by the name alone, then a comma (or a dash) before
/// the post.
fn person_item(line: &str) -> bool {
    let Some(rest) = item_text(line) else {
        return false;
    };
    let addressed = ["Đồng chí ", "đồng chí ", "Ông ", "Bà ", "Đ/c "]
        .iter()
        .any(|c| rest.starts_with(c));
    (addressed && rest.contains(',')) || named_with_post(rest)
}

/// Verbs that may give the post after a listed name ("Trần Văn A, đảm
/// nhiệm Trưởng ban …").
const TAKES_POST: &[&str] = &["đảm nhiệm", "giữ chức", "làm"];

/// Whether `item` opens with a person's name alone, of two to five
/// capitalised words from a family name, then a comma or a dash and an
/// office ("Trần Văn A, Phó Trưởng ban Điều hành", "Lê Thị B – Chủ tịch
/// Hội Nông dân xã").
fn named_with_post(item: &str) -> bool {
    let Some((name, post)) = [", ", " - ", " – "]
        .iter()
        .filter_map(|sep| item.split_once(sep))
        .min_by_key(|(name, _)| name.len())
    else {
        return false;
    };
    let words: Vec<&str> = name.split(' ').collect();
    let family = words
        .first()
        .is_some_and(|w| vocab::is_family_name(&w.to_lowercase()));
    if !(2..=5).contains(&words.len())
        || !family
        || !words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(is_letter))
    {
        return false;
    }
    let mut lower = String::new();
    lower_same_into(post, &mut lower);
    let lower = TAKES_POST
        .iter()
        .find_map(|v| lower.strip_prefix(v).and_then(|r| r.strip_prefix(' ')))
        .unwrap_or(&lower);
    let post_words: Vec<&str> = lower.split(' ').take(4).collect();
    super::captions::opens_with_office(&post_words)
}

/// The last article paragraph when the paragraphs from `last` back to a
/// writer's name are teasers of other articles, each headline run into its
/// summary ("Minh Anh", then "Tỉnh A: Tăng tốc giải ngân vốn đầu tư
/// côngVới tinh thần …"), or each headline written twice above its
/// summary: the paragraph above the name, so that the name signs and the
/// teasers go. `last` itself otherwise.
fn before_teasers(body: &[String], last: usize) -> usize {
    let mut k = last;
    loop {
        if k > 0 && teaser(&body[k]) {
            k -= 1;
        } else if k > 2 && related_headline(&body[k - 2], &body[k - 1]) {
            k -= 3;
        } else {
            break;
        }
    }
    let signed = k < last && k > 0 && {
        let lower = crate::parse::text::lower_same(&body[k]);
        is_byline(&body[k], &lower)
    };
    if signed {
        k - 1
    } else {
        last
    }
}

/// The paragraph above a labelled byline ("Tin, ảnh: Hữu Lộc") when the
/// last paragraph, at `last`, comes right under that byline and is cut off
/// mid-sentence: the byline signs the article, and the cut paragraph is the
/// summary of another article the page links below it, whose date and
/// people are not the report's. `last` itself otherwise.
fn above_signed_summary(body: &[String], last: usize) -> usize {
    let signed = last >= 2
        && last + 1 == body.len()
        && cut_sentence(&body[last])
        && body_like(&body[last - 2])
        && {
            let lower = crate::parse::text::lower_same(&body[last - 1]);
            top_byline(&body[last - 1], &lower).is_some()
        };
    if signed {
        last - 2
    } else {
        last
    }
}

/// Whether `a` and `b`, the lines above a summary, are one related
/// article's headline written twice, as its link and its title ("Nhiều
/// tỉnh bầu lãnh đạo …" twice, then its summary): a headline of four to
/// thirty words with no final stop.
fn related_headline(a: &str, b: &str) -> bool {
    let a = a.trim();
    a == b.trim() && (4..=30).contains(&word_count(a)) && !ends_sentence(a)
}

/// Whether `para` opens with a headline run into its summary with no
/// space: a small letter against a capital inside a word ("… đầu tư
/// côngVới tinh thần …") after four to thirty words with no full stop, as
/// a site's list of related articles is scraped. A firm's name written
/// with an inner capital comes in a paragraph of the article after fewer
/// words or after a full stop.
fn teaser(para: &str) -> bool {
    let mut prev = ' ';
    let mut words = 1;
    for (at, c) in para.char_indices() {
        if at > TEASER_HEAD_BYTES || c == '.' && prev.is_lowercase() {
            return false;
        }
        if c == ' ' {
            words += 1;
        } else if c.is_uppercase() && prev.is_lowercase() {
            return (4..=30).contains(&words);
        }
        prev = c;
    }
    false
}

/// The bytes of a teaser's headline at most, glued summary excluded.
const TEASER_HEAD_BYTES: usize = 300;

/// Where the last sentence of `para` ends when the headlines of related
/// articles follow it with no space ("… tại Moskva, Nga.Cảm xúc quân
/// nhân tham dự duyệt binh …"): a stop against a capital, then no
/// sentence of its own, no final stop, and one headline's last word glued
/// to the next one's first, a small letter against a capital. The offset
/// just after the stop.
fn glued_teasers(para: &str) -> Option<usize> {
    let at = para.char_indices().find_map(|(i, c)| {
        let next = para[i + c.len_utf8()..].chars().next()?;
        (c == '.' && next.is_uppercase() && body_like(&para[..=i])).then_some(i + 1)
    })?;
    let rest = &para[at..];
    let glued = crate::parse::text::capital_after_small(rest);
    let sentence = rest.contains(". ") || ends_sentence(rest);
    (glued && !sentence && word_count(rest) >= 8).then_some(at)
}

/// "… cho 120 hộ khó khăn.T.L": a writer's initials, two to four capitals
/// parted by dots, glued to the stop of the last sentence with no space,
/// as older pages of some papers print the signature. Before that stop
/// stands the end of a word in small letters, a digit, or a closing
/// bracket or quote; an abbreviation ends in a capital ("tại TP.HCM",
/// "của UBND.T.L" is no sentence's end). The stop and the initials.
fn glued_initials(para: &str) -> Option<(usize, String)> {
    let para = para.trim_end();
    let bare = para.strip_suffix('.').unwrap_or(para);
    // Four stops back at most: "A.B.C.D" holds three.
    bare.rmatch_indices('.').take(4).find_map(|(at, _)| {
        let initials = &bare[at + 1..];
        let parts = initials.split('.').collect::<Vec<_>>();
        let shaped = (2..=4).contains(&parts.len())
            && parts.iter().all(|p| {
                let mut c = p.chars();
                c.next().is_some_and(char::is_uppercase) && c.next().is_none()
            });
        let stop = bare[..at].chars().next_back().is_some_and(|c| {
            c.is_lowercase() || c.is_ascii_digit() || matches!(c, ')' | '”' | '"')
        });
        (shaped && stop).then(|| (at, initials.to_string()))
    })
}

/// A writer glued to the last sentence: the offset of the sentence's full
/// stop and the byline. The writer is a name in capitals ("… quần chúng.
/// Đ.LAM", "… thời gian tới. THU HÀ"; one word needs an initial with a
/// dot, so an agency such as "TTXVN" stays), a name of two to four
/// capitalised syllables ("… theo quy định. Cảnh Kỳ"), either maybe in
/// brackets ("… địa bàn. (THU HÀ)"), or a labelled
/// byline, even against the stop ("… tới.Tin, ảnh: Minh Nhân"), or
/// initials against it (`glued_initials`).
fn glued_byline(para: &str) -> Option<(usize, String)> {
    // The label is looked for in the last 60 bytes only.
    let mut from = para.len().saturating_sub(60);
    while !para.is_char_boundary(from) {
        from += 1;
    }
    let mut lower = String::new();
    lower_same_into(&para[from..], &mut lower);
    for (k, _) in lower.match_indices('.') {
        let rest = lower[k + 1..].trim_start();
        if let Some(by) = top_byline(&para[para.len() - rest.len()..], rest) {
            return Some((from + k, by));
        }
    }
    if let Some(found) = glued_initials(para) {
        return Some(found);
    }
    let at = para.rfind(". ")?;
    // "… nằm cạnh chợ Cây Gòn (P. Hòa Khánh": a stop inside a bracket
    // left open abbreviates a word ("P." for "phường"), and what follows
    // it goes on with the bracket's words, cut where the page was.
    if open_bracket(&para[..at]) {
        return None;
    }
    // "… trên địa bàn. (NGỌC HÀ)": the writer in brackets.
    let tail = para[at + 2..].trim();
    let tail = tail
        .strip_prefix('(')
        .and_then(|t| t.strip_suffix(')'))
        .unwrap_or(tail);
    if tail.is_empty() || tail.len() > 60 || tail.ends_with('.') {
        return None;
    }
    let n = tail.split(' ').count();
    let caps = tail.split(' ').all(|w| {
        w.chars().any(char::is_alphabetic)
            && w.chars().all(|c| c.is_uppercase() || c == '.' || c == '-')
    });
    let shaped = n >= 2 || tail.contains('.');
    let caps = caps && shaped && n <= 4 && tail.len() <= 40;
    // "… dự khuyết./. Vân Thiêng – Phi Long": two writers joined by a dash.
    let writers = split_dash(tail).is_some_and(|(a, b)| {
        [a, b]
            .iter()
            .all(|w| (2..=4).contains(&word_count(w)) && w.split(' ').all(name_syllable))
    });
    (caps || writers || (2..=4).contains(&n) && tail.split(' ').all(name_syllable))
        .then(|| (at, tail.to_string()))
}

/// Whether `text` ends inside a bracket: an opening one after the last
/// closing one.
fn open_bracket(text: &str) -> bool {
    text.rfind('(')
        .is_some_and(|open| !text[open..].contains(')'))
}

/// Whether `line` is a person's full name alone (two to four capitalised
/// syllables, no organ word), as a writer signs above a unit's name.
pub(super) fn writer_alone(line: &str) -> bool {
    line.len() <= 40 && (2..=4).contains(&word_count(line)) && line.split(' ').all(name_syllable)
}

/// Whether `w` reads as one syllable of a person's name written with a
/// capital ("Cảnh", "Kỳ"), and not as an organ or office word ("Ban", "Sở").
/// A syllable that only opens an office of more words ("Hoàng" of "Hoàng
/// hậu", "Quốc" of "Quốc vương") is a name's.
fn name_syllable(w: &str) -> bool {
    let mut cs = w.chars();
    let n = w.chars().count();
    (2..=7).contains(&n)
        && cs.next().is_some_and(char::is_uppercase)
        && cs.all(char::is_lowercase)
        && {
            let lower = w.to_lowercase();
            let info = crate::parse::vocab::info_at(&lower, 0, lower.len());
            info.flags & vocab::flag::INSTITUTION == 0 && info.head & 1 == 0
        }
}

/// Whether the last line of a page is a sentence cut short rather than a
/// byline or a headline: long, with the commas or semicolons of a lead
/// or a list of guests ("Cùng dự có …, …; các đồng chí Ủy viên Trung ư").
fn cut_sentence(line: &str) -> bool {
    word_count(line) >= 15 && line.contains([',', ';']) && !ends_sentence(line)
}

/// Whether `line` is a name of three syllables typed with its middle one
/// in lower case ("Mai viết Tăng").
fn low_middle(line: &str) -> bool {
    let w: Vec<&str> = line.split(' ').collect();
    matches!(w[..], [a, m, b] if name_syllable(a)
        && name_syllable(b)
        && (2..=4).contains(&m.chars().count())
        && m.chars().all(char::is_lowercase))
}

/// `line` without a date stamp at its end ("Thu Hà - 14/08/2021 07:18"):
/// words of digits, "/", ":" and dashes, one of them a date with a "/".
fn strip_stamp(line: &str) -> &str {
    let stamp = |w: &str| {
        w.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '/' | ':' | '-' | '–' | '|' | ','))
    };
    let mut end = line.len();
    let mut dated = false;
    for w in line.rsplit(' ') {
        if !stamp(w) {
            break;
        }
        dated |= w.contains('/') && w.bytes().any(|b| b.is_ascii_digit());
        end = end.saturating_sub(w.len() + 1);
    }
    let head = line.get(..end).unwrap_or(line).trim_end();
    if dated && !head.is_empty() {
        head
    } else {
        line
    }
}

/// A short line of capitalised words (or one marked "Bài: …") after the article.
pub(super) fn is_byline(line: &str, lower: &str) -> bool {
    if top_byline(line, lower).is_some() {
        return true;
    }
    // "ỦY BAN NHÂN DÂN PHƯỜNG 1": a body of a numbered ward or district
    // signing; its number is the one figure a signature holds.
    if let Some(at) = numbered_unit(lower) {
        return is_byline(&line[..at], &lower[..at]);
    }
    // "Tỉnh Lào Cai" last: the heading of a digest's next part, cut short.
    if lower.starts_with("ảnh")
        || lower.starts_with("(ảnh")
        || addressed(line)
        || super::signed::unit_heading(lower)
    {
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
    // One word alone is a byline in capitals or with an initial ("PV",
    // "T.HÀ", "H.Thanh"), not a button ("Gửi") nor the first letter of a
    // page cut short ("Đ").
    let word = n > 1
        || (line.chars().filter(|c| c.is_alphabetic()).count() > 1
            && (line.contains('.')
                || !line.chars().any(char::is_lowercase)
                || glued_initial(line)));
    // "Các Ủ", the last line of a page cut short: a word that opens a
    // sentence ("Các", "Trong", "Sau") opens no writer's name. ("Theo" is
    // read apart, as the source.)
    let first = line.split(' ').next().map(|w| {
        let lower = w.to_lowercase();
        (
            vocab::info_at(&lower, 0, lower.len()).flags,
            lower == "theo",
        )
    });
    let opens_sentence =
        first.is_some_and(|(flags, theo)| flags & vocab::flag::NAME_STOP != 0 && !theo);
    // "Bộ Côn", the last line of a page cut short inside an organ's name:
    // a word that only organs use ("Bộ", "Sở", "Ban") and one word after it
    // name no writer, and no organ either (none is named in one syllable).
    let cut_organ = n == 2 && first.is_some_and(|(flags, _)| flags & vocab::flag::INSTITUTION != 0);
    let plain = (1..=7).contains(&n)
        && line.len() <= 70
        && word
        && !opens_sentence
        && !cut_organ
        && (names(line) || low_middle(line));
    // "Thu Hà (Trung tâm Văn hóa - Thông tin xã)", "Thu Hà (tổng hợp)": a
    // name with where the writer works or how the text was made.
    let with_paren = n <= 16
        && line.len() <= 120
        && line.ends_with(')')
        && line.find(" (").is_some_and(|at| {
            let name = &line[..at];
            (1..=5).contains(&word_count(name)) && names(name) && !name.contains('(')
        });
    // "Vân Thùy - Ban Dân vận Tỉnh ủy": a name, a dash, where the writer works.
    let with_org = n <= 14
        && line.len() <= 110
        && split_dash(line).is_some_and(|(name, _)| word_count(name) <= 5 && names(name));
    (plain || with_org || with_paren)
        && (!line.ends_with('.') || n <= 4 || signature(line))
        && !line.chars().any(|c| c.is_ascii_digit())
}

/// Where the number of a numbered ward or district ends a line ("… phường
/// 1", "… quận 10"): the byte before " 1"; none for other figures.
pub(super) fn numbered_unit(lower: &str) -> Option<usize> {
    let (head, number) = lower.rsplit_once(' ')?;
    let numbered = (1..=2).contains(&number.len()) && number.bytes().all(|b| b.is_ascii_digit());
    (numbered && (head.ends_with(" phường") || head.ends_with(" quận"))).then_some(head.len())
}

/// A desk or body signing the article for its unit, with no writer's name:
/// "Ban biên tập phường Đông Xuyên.", "Đoàn thanh niên phường Hải Dương".
/// An organ's word, at most three more words, a unit word and the unit's
/// capitalised name; no digits and no other sentence.
fn desk_signature(line: &str) -> bool {
    let line = line.trim_end_matches('.');
    if line.len() > 90 || line.contains(|c: char| c.is_ascii_digit() || ",;:!?".contains(c)) {
        return false;
    }
    let words: Vec<&str> = line.split(' ').collect();
    let lower = crate::parse::text::lower_same(line);
    // "Ban …", "UBND …", and organ words that are also family names
    // ("Đoàn thanh niên …").
    // "Ban Tổ chức", "Ban Tuyên giáo": a board alone signs for the body
    // whose page it is.
    if lower.starts_with("ban ") && (2..=4).contains(&words.len()) && vocab::is_title_word(&lower) {
        return true;
    }
    let first = lower.split(' ').next().unwrap_or("");
    let organ = vocab::info_at(first, 0, first.len()).flags & vocab::flag::ORGAN != 0;
    if !(3..=10).contains(&words.len()) || !(org_opening(line) || organ) {
        return false;
    }
    // "Ban VHTT phường", "Phòng Văn hóa và Thông tin huyện", "Văn phòng
    // Huyện ủy": a desk of the unit or the committee whose portal it is
    // names them by their word alone.
    let last = lower.rsplit(' ').next().unwrap_or("");
    let committee = ["huyện", "tỉnh", "thành", "thị", "quận", "đảng"]
        .iter()
        .any(|u| lower.ends_with(&format!(" {u} ủy")) || lower.ends_with(&format!(" {u} uỷ")));
    if words.len() <= 7 && (crate::parse::vocab::UNIT_WORDS.contains(&last) || committee) {
        return true;
    }
    // A desk's signature ends with a unit's word before the unit's name.
    crate::parse::vocab::UNIT_WORDS.iter().any(|u| {
        lower.match_indices(&format!(" {u} ")).any(|(at, m)| {
            let before = word_count(&line[..at]);
            let name = &line[at + m.len()..];
            (1..=4).contains(&before)
                && (1..=4).contains(&word_count(name))
                && name.split(' ').all(|w| w.starts_with(char::is_uppercase))
        })
    })
}

/// What opens an editor's account signing a portal's article.
pub(crate) const EDITOR: &str = "btv ";

/// Words a newsroom signs with when no writer is named.
const STAFF_WORDS: &[&str] = &[
    "biên tập viên",
    "phóng viên",
    "nhóm phóng viên",
    "nhóm pv",
    "pv",
];

/// A newsroom's desk signing the article ("Phóng viên Điện tử", "Nhóm PV
/// Thời sự", "Biên tập viên Cổng TTĐT"): a staff word, then one to three
/// words, the first capitalised.
fn staff_signature(line: &str) -> bool {
    let line = line.trim_end_matches('.');
    // "vnews" under the text: an agency signs in any case there.
    if super::signed::agency(&line.to_ascii_uppercase()) {
        return true;
    }
    let lower = crate::parse::text::lower_same(line);
    // "btv thuha": the editor's account on the portal (biên tập viên).
    let account = |r: &str| {
        !r.is_empty()
            && r.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    };
    if lower.strip_prefix(EDITOR).is_some_and(account) {
        return true;
    }
    line.len() <= 60
        && STAFF_WORDS.iter().any(|w| {
            lower
                .strip_prefix(w)
                .and_then(|r| r.strip_prefix(' '))
                .is_some_and(|_| {
                    let rest = &line[w.len() + 1..];
                    (1..=3).contains(&word_count(rest))
                        && rest.starts_with(char::is_uppercase)
                        && !rest.contains(|c: char| c.is_ascii_digit())
                })
        })
}

/// Forms of address that open a person's mention, never a writer's
/// signature ("Ông Nguyễn Văn Bảy" under a photo). "Anh" and "Em" also
/// open given names ("Anh Thư"), so they are not here.
const ADDRESS: &[&str] = &[
    "Ông",
    "Bà",
    "Chị",
    "Cô",
    "Chú",
    "Cụ",
    "Đồng chí",
    "Đ/c",
    "Đ/C",
];

/// Whether `line` opens with a form of address before a name.
fn addressed(line: &str) -> bool {
    ADDRESS.iter().any(|a| {
        line.strip_prefix(a)
            .and_then(|rest| rest.strip_prefix(' '))
            .is_some_and(|rest| rest.starts_with(char::is_uppercase))
    })
}

/// Whether `word` is a given name with the initial of the family name
/// glued before it (X and Trinh written as one word), a common way to sign.
fn glued_initial(word: &str) -> bool {
    let mut c = word.chars();
    let (Some(a), Some(b)) = (c.next(), c.next()) else {
        return false;
    };
    let rest: Vec<char> = c.collect();
    a.is_uppercase()
        && b.is_uppercase()
        && rest.len() >= 2
        && rest.iter().all(|c| c.is_lowercase() && is_letter(*c))
}

/// Splits "Thu Hà/ baoquangbinh.vn" or "Thu Hà/BBG" into the writer and
/// the outlet (its site, or its initials in capitals).
fn site_after_slash(line: &str) -> Option<(&str, &str)> {
    let (name, site) = line.rsplit_once('/')?;
    let site = site.trim();
    // "Thu Hà/VOV online": an outlet's initials with the word its web
    // edition adds.
    let site = site
        .strip_suffix(" online")
        .or_else(|| site.strip_suffix(" Online"))
        .unwrap_or(site);
    let domain = site.contains('.')
        && !site.contains(' ')
        && site
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'));
    // "VOV Miền Trung": the initials, maybe with the region of the desk.
    let (brand, region) = site.split_once(' ').unwrap_or((site, ""));
    let region = region.is_empty()
        || word_count(region) <= 2 && region.split(' ').all(|w| w.starts_with(char::is_uppercase));
    let initials = (2..=8).contains(&brand.chars().count())
        && brand.chars().all(|c| c.is_uppercase() && is_letter(c))
        && region;
    let name = name.trim_end();
    let writer = (1..=4).contains(&word_count(name)) && !name.contains('/');
    ((domain || initials) && writer).then_some((name, site))
}

/// "Nguyễn Văn Hùng, Ban Dân vận Huyện ủy": a writer and, after a comma,
/// the organ they work for, written as the dash form the byline reads.
pub(super) fn comma_signature(line: &str) -> Option<String> {
    let (name, org) = line.split_once(", ")?;
    let org = org.trim_end_matches('.');
    let shaped = line.len() <= 110
        && (2..=4).contains(&word_count(name))
        && name.split(' ').all(name_syllable)
        && word_count(org) <= 10
        && !org.contains(", ")
        && org_opening(org);
    shaped.then(|| format!("{name} - {org}"))
}

/// A writer's name, a dash and the organ the writer works for ("Trần Văn
/// An – HND xã B.", "Thu Hà - Ban Dân vận Huyện ủy"), maybe with a full stop.
/// A form of address before the name ("Ông Trần Văn An - Bí thư Tỉnh ủy"
/// under a photo) marks a person shown, not a writer.
pub(super) fn signature(line: &str) -> bool {
    line.len() <= 110
        && !addressed(line)
        && split_dash(line).is_some_and(|(name, org)| {
            (2..=4).contains(&word_count(name))
                && name.split(' ').all(name_syllable)
                && word_count(org) <= 10
                && org_opening(org)
        })
}

/// Whether `org` opens with the word of an organ or an abbreviation ("Ban
/// Dân vận …", "HND xã A", "UBND phường B"), not with a person's name.
pub fn org_opening(org: &str) -> bool {
    let first = org.split(' ').next().unwrap_or("").to_lowercase();
    let info = vocab::info_at(&first, 0, first.len());
    info.flags & (vocab::flag::INSTITUTION | vocab::flag::ABBREV) != 0
        || crate::parse::vocab::expansion(&first).is_some()
}

/// Splits "A - B" (or "A – B") at its first spaced dash.
pub fn split_dash(line: &str) -> Option<(&str, &str)> {
    // "Thu Hà - Ban Dân vận", "Thu Hà – …", or the dash typed against the
    // name ("Thu Hà- Công chức Văn hóa xã"): the first of them.
    ["- ", "– "]
        .iter()
        .filter_map(|d| {
            line.match_indices(d)
                .map(|(at, _)| at)
                .find(|&at| {
                    line[..at].ends_with([' ', '\u{a0}']) || line[..at].ends_with(is_letter)
                })
                .map(|at| (at, d.len()))
        })
        .min()
        .map(|(at, len)| (line[..at].trim(), line[at + len..].trim()))
}

/// A signature line without the brackets it is set in: "Theo
/// baoquangninh.vn", "(Theo TTXVN)"; "Theo Thu Hà (Dân Việt)" keeps the
/// bracket that closes the outlet it opened.
fn unbracketed(lower: &str) -> &str {
    let bare = lower.trim_start_matches('(');
    if bare.contains('(') {
        bare
    } else {
        bare.trim_end_matches(')')
    }
}
