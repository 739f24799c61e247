//! HTML -> article text with a real HTML parser (scraper/html5ever), never
//! regexes: the headline first, then the article's text with block elements
//! as line breaks, page furniture (scripts, navigation, forms…) left out.

use ego_tree::iter::Edge;
use ego_tree::NodeRef;
use scraper::{ElementRef, Html, Node, Selector};

/// Elements whose content is never article text.
#[rustfmt::skip]
pub(super) const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template",
    "iframe", "svg", "button", "select", "head",
];

/// Elements that start and end a line.
#[rustfmt::skip]
pub(super) const BLOCKS: &[&str] = &[
    "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
    "tr", "table", "section", "article", "main", "blockquote", "figure", "figcaption", "hr",
    "pre", "address", "caption", "body", "title",
];

/// The deepest nesting read through a tree (see `html_flat` for why).
const MAX_DEPTH: usize = 512;

/// Whether decoded text looks like an HTML page rather than plain text.
#[must_use]
pub fn looks_like_html(text: &str) -> bool {
    let head = text.trim_start_matches(['\u{FEFF}', ' ', '\t', '\r', '\n']);
    let opens = |tag: &str| {
        head.as_bytes()
            .get(..tag.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(tag.as_bytes()))
    };
    opens("<!doctype html") || opens("<html") || opens("<head")
}

/// The text of an HTML page: the title (the article's `<h1>`, else the
/// page's first visible `<h1>`, else `<title>`) on the first line, then the
/// text of the longest `<article>`, else `<main>`, else `<body>`.
/// Pages nested deeper than `MAX_DEPTH` are read flat, without a tree.
#[must_use]
pub fn html_to_text(html: &str) -> String {
    let flat = super::html_flat::flatten(html);
    if flat.max_depth > MAX_DEPTH {
        // The text is all there; only the article/title choice is lost.
        return tidy_lines(&flat.text);
    }
    let doc = Html::parse_document(html);
    let root = article_root(&doc);
    // A site logo is often an <h1> in the page header: prefer the article's.
    let h1 = visible(&doc, root, "h1")
        .or_else(|| visible(&doc, None, "h1"))
        .filter(|e| !collapse(&text_of(**e)).is_empty());
    let title = match h1 {
        Some(e) => collapse(&text_of(*e)),
        None => all(&doc, None, "title")
            .next()
            .map(|e| collapse(&text_of(*e)))
            .unwrap_or_default(),
    };
    let mut out = String::with_capacity(html.len() / 2);
    out.push_str(&title);
    out.push('\n');
    let root = root.unwrap_or_else(|| doc.root_element());
    block_text(*root, h1.map(|e| e.id()), &mut out);
    tidy_lines(&out)
}

/// Where the article is: the `<article>` with the most text (pages list
/// related news as small articles too), else `<main>`, else `<body>`.
fn article_root(doc: &Html) -> Option<ElementRef<'_>> {
    // Outermost articles only: measuring nested ones too would read the
    // same text once per level.
    let longest = all(doc, None, "article")
        .filter(|e| !in_skipped(*e) && !e.ancestors().any(|a| is_named(a, "article")))
        .max_by_key(|e| text_of(**e).len());
    longest
        .or_else(|| visible(doc, None, "main"))
        .or_else(|| all(doc, None, "body").next())
}

/// Elements with tag `tag` under `within` (the whole page when `None`).
fn all<'a>(
    doc: &'a Html,
    within: Option<ElementRef<'a>>,
    tag: &str,
) -> impl Iterator<Item = ElementRef<'a>> {
    let sel = Selector::parse(tag).ok();
    let found: Vec<ElementRef<'a>> = match (&sel, within) {
        (Some(sel), Some(root)) => root.select(sel).collect(),
        (Some(sel), None) => doc.select(sel).collect(),
        (None, _) => Vec::new(),
    };
    found.into_iter()
}

/// The first `tag` element under `within` that is not inside furniture.
fn visible<'a>(doc: &'a Html, within: Option<ElementRef<'a>>, tag: &str) -> Option<ElementRef<'a>> {
    all(doc, within, tag).find(|e| !in_skipped(*e))
}

/// Whether `e` lies inside a skipped element (navigation, header, …).
fn in_skipped(e: ElementRef<'_>) -> bool {
    e.ancestors().any(|a| {
        a.value()
            .as_element()
            .is_some_and(|el| SKIPPED.contains(&el.name()))
    })
}

/// Whether `node` is an element named `name`.
fn is_named(node: NodeRef<'_, Node>, name: &str) -> bool {
    node.value()
        .as_element()
        .is_some_and(|el| el.name() == name)
}

/// All text under `node`, outside skipped elements, with no line structure.
fn text_of(node: NodeRef<'_, Node>) -> String {
    let mut s = String::new();
    walk(node, None, &mut |piece| match piece {
        Piece::Text(t) => s.push_str(t),
        Piece::Break => s.push(' '),
    });
    s
}

/// Text under `node` with a line break at each block element's edges.
fn block_text(node: NodeRef<'_, Node>, skip: Option<ego_tree::NodeId>, out: &mut String) {
    walk(node, skip, &mut |piece| match piece {
        Piece::Text(t) => push_collapsed(out, t),
        Piece::Break => out.push('\n'),
    });
}

/// What the walk yields: a run of text or a block edge.
enum Piece<'a> {
    Text(&'a str),
    Break,
}

/// Visits the tree under `node` in document order without recursion (deep
/// pages must not overflow the stack), leaving out skipped elements and the
/// node `skip`.
fn walk<'a>(node: NodeRef<'a, Node>, skip: Option<ego_tree::NodeId>, f: &mut dyn FnMut(Piece<'a>)) {
    let mut hidden = 0usize;
    for edge in node.traverse() {
        let (n, open) = match edge {
            Edge::Open(n) => (n, true),
            Edge::Close(n) => (n, false),
        };
        match n.value() {
            Node::Element(e) => {
                let name = e.name();
                if SKIPPED.contains(&name) || Some(n.id()) == skip {
                    if open {
                        hidden += 1;
                    } else {
                        hidden -= 1;
                    }
                } else if hidden == 0 && BLOCKS.contains(&name) {
                    f(Piece::Break);
                } else if hidden == 0 && open && matches!(name, "td" | "th") {
                    f(Piece::Text(" "));
                }
            }
            Node::Text(t) if open && hidden == 0 => f(Piece::Text(t)),
            _ => {}
        }
    }
}

/// Appends `t` with runs of HTML white space folded into one space.
pub(super) fn push_collapsed(out: &mut String, t: &str) {
    for (i, word) in t.split_ascii_whitespace().enumerate() {
        let starts_with_space = t.starts_with(|c: char| c.is_ascii_whitespace());
        if (i > 0 || starts_with_space) && !out.ends_with([' ', '\n']) {
            out.push(' ');
        }
        out.push_str(word);
    }
    if t.ends_with(|c: char| c.is_ascii_whitespace()) && !out.ends_with([' ', '\n']) {
        out.push(' ');
    }
}

/// Folds white space runs to one space and trims.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Trims each line and drops the empty ones.
fn tidy_lines(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for line in s.lines().map(str::trim).filter(|l| !l.is_empty()) {
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html><html><head><title>Trang - Báo</title>
<style>p{color:red}</style><script>var x = "<p>nope</p>";</script></head>
<body><header><nav><a href="/">Trang chủ</a> | <a>Tin mới</a></nav></header>
<article><h1>Hội nghị  sơ kết
công tác dân vận</h1><p>Sáng 13-7, <b>Ban Dân vận</b> Trung ương tổ chức hội nghị.</p>
<p>Đồng chí A&nbsp;– Bí thư<br>chủ trì.</p><form><input value="Gửi"></form>
<ul><li>Một</li><li>Hai</li></ul></article>
<aside>Tin liên quan</aside><footer>Bản quyền</footer></body></html>"#;

    #[test]
    fn article_text_with_title_first_and_furniture_dropped() {
        let t = html_to_text(PAGE);
        let lines: Vec<&str> = t.lines().collect();
        assert_eq!(
            lines,
            [
                "Hội nghị sơ kết công tác dân vận",
                "Sáng 13-7, Ban Dân vận Trung ương tổ chức hội nghị.",
                "Đồng chí A\u{a0}– Bí thư",
                "chủ trì.",
                "Một",
                "Hai",
            ]
        );
    }

    #[test]
    fn logo_h1_in_the_header_and_small_related_articles_are_passed_over() {
        let page = "<html><body><header><h1>Báo Tỉnh</h1></header>\
            <aside><article><h1>Tin khác</h1><p>Ngắn.</p></article></aside>\
            <article><h3>Tin liên quan</h3></article>\
            <article><h1>Hội nghị giao ban</h1><p>Sáng 28/6, Ban Dân vận tổ chức hội nghị giao ban.</p></article>\
            </body></html>";
        assert_eq!(
            html_to_text(page),
            "Hội nghị giao ban\nSáng 28/6, Ban Dân vận tổ chức hội nghị giao ban.\n"
        );
    }

    #[test]
    fn title_element_when_no_h1() {
        let t = html_to_text(
            "<html><head><title>Tiêu đề</title></head><body><p>Thân</p></body></html>",
        );
        assert_eq!(t, "Tiêu đề\nThân\n");
    }

    #[test]
    fn detects_html_by_its_start() {
        assert!(looks_like_html("\u{feff}  <!doctype HTML><p>x"));
        assert!(looks_like_html("<html lang=vi>"));
        assert!(!looks_like_html("Hội nghị <b>không</b> phải HTML"));
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = format!(
            "<html><body>{}x{}</body></html>",
            "<div>".repeat(50_000),
            "</div>".repeat(50_000)
        );
        assert!(html_to_text(&html).contains('x'));
    }
}
