//! The tail of a page, after the last article paragraph: the byline,
//! "Theo …", and headlines of other articles, which are dropped.

use super::header::top_byline;
use super::{body_like, Page};
use crate::parse::text::{lower_same_into, word_count};

/// Moves what follows the last article paragraph into the tail fields.
pub(super) fn split_tail(page: &mut Page, mut body: Vec<String>) {
    // The last line may be a sentence with the writer glued to it.
    if let Some(p) = body.last_mut() {
        if let Some(at) = glued_byline(p).filter(|&at| body_like(&p[..=at])) {
            page.byline = Some(p[at + 1..].trim().to_string());
            p.truncate(at + 1);
        }
    }
    if let Some(last) = body.iter().rposition(|l| body_like(l)) {
        let mut lower = String::new();
        for line in body.drain(last + 1..) {
            lower_same_into(&line, &mut lower);
            // "Theo baoquangninh.vn", "(Theo TTXVN)".
            let bare = lower.trim_start_matches('(').trim_end_matches(')');
            if let Some(rest) = bare.strip_prefix("theo ") {
                if word_count(rest) <= 8 && page.theo.is_none() {
                    let at = lower.find(rest).unwrap_or(0);
                    page.theo = Some(line[at..at + rest.len()].to_string());
                    continue;
                }
            }
            if page.byline.is_none() && is_byline(&line, &lower) {
                let by = top_byline(&line, &lower);
                let by = by.as_deref().unwrap_or(&line);
                page.byline = Some(by.trim_end_matches('.').to_string());
            }
        }
    }
    page.paragraphs = body;
}

/// Where a writer's name in capitals glued to the last sentence starts
/// ("… quần chúng. Đ.LAM", "… thời gian tới. THU HÀ"): the offset of the
/// sentence's full stop. One word needs an initial with a dot, so an
/// agency ("TTXVN") stays.
fn glued_byline(para: &str) -> Option<usize> {
    let at = para.rfind(". ")?;
    let tail = para[at + 2..].trim();
    let n = tail.split(' ').count();
    let caps = tail.split(' ').all(|w| {
        w.chars().any(char::is_alphabetic)
            && w.chars().all(|c| c.is_uppercase() || c == '.' || c == '-')
    });
    let shaped = n >= 2 || tail.contains('.');
    (caps && shaped && n <= 4 && tail.len() <= 40 && !tail.ends_with('.')).then_some(at)
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
