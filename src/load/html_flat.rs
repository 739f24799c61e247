//! A linear pass over an HTML page with html5ever's tokenizer (no tree):
//! it measures how deep elements nest and reads the page's text flat, for
//! pages too deeply nested to build a tree from in reasonable time.
//! html5ever's tree builder scans the stack of open elements at each start
//! tag, so a page of 200,000 unclosed `<div>`s takes minutes; browsers cap
//! the depth for the same reason (Blink at 512).

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};

/// Elements that never hold content, so never nest.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "param",
];

/// Elements whose end tag is usually implied by the next one (`<p>a<p>b`):
/// they do not deepen the tree builder's stack, so they are not counted.
const SELF_CLOSING_BY_SIBLING: &[&str] = &[
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "tbody",
    "thead", "tfoot", "colgroup", "caption",
];

/// What the flat pass found.
pub struct Flat {
    /// The deepest nesting of elements that stay open until closed.
    pub max_depth: usize,
    /// The page's text, block elements as line breaks, furniture left out.
    pub text: String,
}

/// Tokenizes `html` once, measuring nesting and collecting text.
pub fn flatten(html: &str) -> Flat {
    let sink = FlatSink {
        depth: 0,
        max_depth: 0,
        hidden: 0,
        out: String::with_capacity(html.len() / 2),
    };
    let mut tok = Tokenizer::new(sink, TokenizerOpts::default());
    let mut queue = BufferQueue::default();
    queue.push_back(StrTendril::from_slice(html));
    let _ = tok.feed(&mut queue);
    tok.end();
    let sink = tok.sink;
    Flat {
        max_depth: sink.max_depth,
        text: sink.out,
    }
}

/// The token sink of `flatten`.
struct FlatSink {
    depth: usize,
    max_depth: usize,
    /// How many skipped elements (script, nav…) we are inside.
    hidden: usize,
    out: String,
}

impl FlatSink {
    /// Handles one start or end tag; may switch the tokenizer to raw text.
    fn tag(&mut self, kind: TagKind, name: &str, self_closing: bool) -> TokenSinkResult<()> {
        let nests =
            !self_closing && !VOID.contains(&name) && !SELF_CLOSING_BY_SIBLING.contains(&name);
        let skipped = super::html::SKIPPED.contains(&name) && !self_closing;
        if super::html::BLOCKS.contains(&name) && self.hidden == 0 {
            self.out.push('\n');
        }
        match kind {
            TagKind::StartTag => {
                if nests {
                    self.depth += 1;
                    self.max_depth = self.max_depth.max(self.depth);
                }
                self.hidden += usize::from(skipped);
                // Without a tree builder, the sink must tell the tokenizer
                // where raw text starts, or a script's "<p>" would be a tag.
                match name {
                    "script" => TokenSinkResult::RawData(RawKind::ScriptData),
                    "style" | "xmp" | "iframe" | "noembed" | "noframes" => {
                        TokenSinkResult::RawData(RawKind::Rawtext)
                    }
                    "textarea" | "title" => TokenSinkResult::RawData(RawKind::Rcdata),
                    "plaintext" => TokenSinkResult::Plaintext,
                    _ => TokenSinkResult::Continue,
                }
            }
            TagKind::EndTag => {
                if nests {
                    self.depth = self.depth.saturating_sub(1);
                }
                self.hidden = self.hidden.saturating_sub(usize::from(skipped));
                TokenSinkResult::Continue
            }
        }
    }
}

impl TokenSink for FlatSink {
    type Handle = ();

    fn process_token(&mut self, token: Token, _line: u64) -> TokenSinkResult<()> {
        match token {
            Token::TagToken(tag) => self.tag(tag.kind, &tag.name, tag.self_closing),
            Token::CharacterTokens(t) if self.hidden == 0 => {
                super::html::push_collapsed(&mut self.out, &t);
                TokenSinkResult::Continue
            }
            _ => TokenSinkResult::Continue,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::flatten;

    #[test]
    fn measures_nesting_of_elements_that_stay_open() {
        let f =
            flatten("<html><body><div><div><span>a</span></div></div><p>b<p>c<p>d</body></html>");
        assert_eq!(f.max_depth, 5);
        let f = flatten(&"<div>".repeat(1000));
        assert_eq!(f.max_depth, 1000);
    }

    #[test]
    fn flat_text_skips_scripts_and_furniture() {
        let f = flatten("<nav>Menu</nav><script>if (a<b) x = '<p>';</script><p>Một</p><p>Hai <b>ba</b></p><br/>");
        let lines: Vec<&str> = f
            .text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        assert_eq!(lines, ["Một", "Hai ba"]);
    }
}
