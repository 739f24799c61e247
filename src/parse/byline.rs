//! Source (outlet or portal) and author (byline) of a report. The source
//! comes from a lead prefix ("(Baonghean.vn) -", "LSO-", "(ĐCSVN) –",
//! "HÀ NỘI (TTXVN) -"), a byline's parenthesis ("Thu Hà (TTXVN)"),
//! "Nguồn: X", "Theo X", or the portal name in the header. The author is the
//! byline as written; "Nguồn: X" gives X when there is no personal byline.

use super::page::Page;
use super::rx::Rx;
use std::sync::LazyLock;

static PAREN_PREFIX: LazyLock<Rx> =
    LazyLock::new(|| Rx::new(r"^([^()]{0,30}?)\(([^()]{2,40})\)\s*[-–—]+\s*"));
static CAPS_PREFIX: LazyLock<Rx> =
    LazyLock::new(|| Rx::new(r"^([A-ZĐ][A-ZĐ0-9.]{1,14}(?: [A-ZĐ0-9.]{2,14}){0,2})\s*[-–—]+\s*"));

/// Splits an outlet prefix off a lead paragraph: returns the outlet and the rest.
pub fn lead_prefix(para: &str) -> Option<(String, String)> {
    let (c, group) = match PAREN_PREFIX.captures(para) {
        // Only an all-capitals place may stand before "(TTXVN)".
        Some(c) if !c.get(1)?.as_str().chars().any(char::is_lowercase) => (c, 2),
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

/// Splits "Thu Hà (TTXVN)" into the name and the outlet in parentheses.
fn split_paren(byline: &str) -> (String, Option<String>) {
    if let (Some(open), true) = (byline.find('('), byline.ends_with(')')) {
        let name = byline[..open].trim();
        let outlet = byline[open + 1..byline.len() - 1].trim();
        if !name.is_empty() && !outlet.is_empty() {
            return (name.to_string(), Some(outlet.to_string()));
        }
    }
    (byline.to_string(), None)
}

/// Works out source and author; strips an outlet prefix off the first paragraph.
pub fn source_and_author(page: &mut Page) -> (Option<String>, Option<String>) {
    let mut source = None;
    if let Some(first) = page.paragraphs.first_mut() {
        if let Some((name, rest)) = lead_prefix(first) {
            source = Some(name);
            if let Some(lower) = page.lowers.first_mut() {
                *lower = super::text::lower_same(&rest);
            }
            *first = rest;
        }
    }
    let byline = page.top_byline.clone().or_else(|| page.byline.clone());
    let (author, outlet) = match byline {
        Some(b) => {
            let (name, outlet) = split_paren(&b);
            (Some(name), outlet)
        }
        None => (page.source_line.clone(), None),
    };
    let source = source
        .or(outlet)
        .or_else(|| page.source_line.clone())
        .or_else(|| page.theo.clone())
        .or_else(|| page.portal.clone());
    (source, author)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_compile() {
        assert!(PAREN_PREFIX.compiled() && CAPS_PREFIX.compiled());
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
        assert_eq!(
            lead_prefix("Sáng 13-7, Ban Dân vận Trung ương - tổ chức"),
            None
        );
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
}
