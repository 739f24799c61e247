//! Word wrapping of long report bodies, done once per report and width
//! in `update` so that scrolling a 2 MB report redraws only what shows.

use std::ops::Range;
use unicode_width::UnicodeWidthChar;

/// Bodies at least this long (bytes) are wrapped ahead; shorter ones are
/// cheap enough for the paragraph widget to wrap on each drawing.
pub const LONG_BODY: usize = 64 * 1024;

/// A report body broken into screen lines for one width.
#[derive(Clone, Debug, Default)]
pub struct Wrapped {
    /// The report (index into the catalog's reports).
    pub report: usize,
    pub width: u16,
    /// The body's paragraphs, one per line.
    pub text: String,
    /// Each screen line as a byte range of `text`; blank lines between
    /// paragraphs are empty ranges. Empty for a body shorter than `LONG_BODY`.
    pub lines: Vec<Range<usize>>,
}

/// The wrapped body of `report` at `width`, from `old` when it is that one.
pub fn wrapped(
    old: Option<Wrapped>,
    catalog: &crate::search::Catalog,
    report: usize,
    width: u16,
) -> Wrapped {
    match old {
        Some(w) if w.report == report && w.width == width => w,
        _ => {
            let body = &catalog.reports()[report].body;
            if body.text().len() < LONG_BODY {
                Wrapped {
                    report,
                    width,
                    ..Wrapped::default()
                }
            } else {
                Wrapped::new(report, width, &body.paragraphs())
            }
        }
    }
}

impl Wrapped {
    /// Wraps `paragraphs` at `width` columns, a blank line after each.
    pub fn new(report: usize, width: u16, paragraphs: &[String]) -> Wrapped {
        let mut text = String::new();
        let mut lines = Vec::new();
        for p in paragraphs {
            let start = text.len();
            text.push_str(p);
            wrap_into(&text[start..], start, usize::from(width.max(1)), &mut lines);
            text.push('\n');
            lines.push(text.len()..text.len());
        }
        Wrapped {
            report,
            width,
            text,
            lines,
        }
    }

    /// Screen line `i`.
    pub fn line(&self, i: usize) -> &str {
        self.lines.get(i).map_or("", |r| &self.text[r.clone()])
    }
}

/// Greedy wrapping at spaces (a word wider than the line is cut), pushing
/// byte ranges offset by `base`.
fn wrap_into(p: &str, base: usize, width: usize, out: &mut Vec<Range<usize>>) {
    let (mut start, mut col, mut last_space) = (0, 0, None);
    for (i, c) in p.char_indices() {
        let w = c.width().unwrap_or(0);
        if col + w > width && i > start {
            let cut = match last_space {
                Some(s) if s > start => s,
                _ => i,
            };
            out.push(base + start..base + cut);
            start = if p[cut..].starts_with(' ') {
                cut + 1
            } else {
                cut
            };
            col = p[start..i].chars().map(|c| c.width().unwrap_or(0)).sum();
            last_space = None;
        }
        if c == ' ' {
            last_space = Some(i);
        }
        col += w;
    }
    if start < p.len() || p.is_empty() {
        out.push(base + start..base + p.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_fit_the_width_and_keep_every_word() {
        let p = "Hội nghị giao ban công tác dân vận quý III năm 2023 tại Hải Phòng".to_string();
        let w = Wrapped::new(0, 12, std::slice::from_ref(&p));
        let shown: Vec<&str> = (0..w.lines.len()).map(|i| w.line(i)).collect();
        assert!(shown.iter().all(|l| l.chars().count() <= 12), "{shown:?}");
        assert_eq!(shown.last(), Some(&""), "a blank line after the paragraph");
        let words: Vec<&str> = shown
            .iter()
            .flat_map(|l| l.split(' '))
            .filter(|s| !s.is_empty())
            .collect();
        assert_eq!(words.join(" "), p);
    }

    #[test]
    fn a_long_word_is_cut() {
        let w = Wrapped::new(0, 4, &["abcdefghij".to_string()]);
        assert_eq!(w.line(0), "abcd");
        assert_eq!(w.line(2), "ij");
    }
}
