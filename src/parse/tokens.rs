//! Splits one paragraph into words and punctuation, with byte offsets into
//! both the paragraph and its offset-preserving lower-case copy. The people
//! extractor walks these tokens instead of running regexes per line.

use super::text::lower_same;

/// One word or punctuation mark of a paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tok {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
    /// For words: the first letter is upper case. For punctuation: false.
    pub cap: bool,
    /// A word (letters, digits, inner joiners), not punctuation.
    pub word: bool,
    /// Index of the sentence the token belongs to.
    pub sentence: u32,
}

/// A paragraph with its lower-case copy and tokens.
pub struct Tokens<'a> {
    pub text: &'a str,
    pub lower: String,
    pub toks: Vec<Tok>,
}

/// Abbreviations whose full stop does not end a sentence ("TP. Huế").
const ABBREV: &[&str] = &[
    "tp", "ts", "ths", "gs", "pgs", "bs", "ks", "ls", "đ/c", "th.s",
];

fn joins(prev: char, c: char, next: char) -> bool {
    let alnum = prev.is_alphanumeric() && next.is_alphanumeric();
    match c {
        '/' | '-' => alnum,
        '.' => alnum && (next.is_lowercase() || next.is_ascii_digit()),
        ',' => prev.is_ascii_digit() && next.is_ascii_digit(),
        '\'' | '’' => alnum,
        _ => false,
    }
}

impl<'a> Tokens<'a> {
    /// Tokenizes `text`; never fails, whatever the input.
    pub fn new(text: &'a str) -> Tokens<'a> {
        let lower = lower_same(text);
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut toks = Vec::with_capacity(chars.len() / 4);
        let mut i = 0;
        while i < chars.len() {
            let (pos, c) = chars[i];
            if c.is_whitespace() {
                i += 1;
                continue;
            }
            if !c.is_alphanumeric() {
                toks.push(Tok {
                    start: pos,
                    end: pos + c.len_utf8(),
                    cap: false,
                    word: false,
                    sentence: 0,
                });
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < chars.len() {
                let cj = chars[j].1;
                if cj.is_alphanumeric() {
                    j += 1;
                } else if j + 1 < chars.len() && joins(chars[j - 1].1, cj, chars[j + 1].1) {
                    j += 2;
                } else {
                    break;
                }
            }
            let end = chars.get(j).map_or(text.len(), |t| t.0);
            toks.push(Tok {
                start: pos,
                end,
                cap: c.is_uppercase(),
                word: true,
                sentence: 0,
            });
            i = j;
        }
        mark_sentences(&mut toks, &lower);
        Tokens { text, lower, toks }
    }

    /// Lower-case text of token `i` (empty when out of range).
    pub fn low(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &self.lower[t.start..t.end])
    }

    /// Original text of token `i` (empty when out of range).
    pub fn raw(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    /// Whether token `i` is a word starting with a capital letter.
    pub fn is_cap(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.word && t.cap)
    }

    /// Whether token `i` is a word.
    pub fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.word)
    }

    /// Whether token `i` is the punctuation mark `c`.
    pub fn is_punct(&self, i: usize, c: char) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| !t.word && self.text[t.start..].starts_with(c))
    }

    /// Whether token `i` is a dash of any kind used as a separator.
    pub fn is_dash(&self, i: usize) -> bool {
        ['-', '–', '—', '−'].iter().any(|&c| self.is_punct(i, c))
    }

    /// The lower-case phrase of `n` words from `i`, when they are words
    /// separated by single spaces.
    pub fn phrase(&self, i: usize, n: usize) -> Option<&str> {
        if n == 0 || i + n > self.toks.len() {
            return None;
        }
        for k in i..i + n {
            let t = self.toks[k];
            if !t.word || (k > i && t.start != self.toks[k - 1].end + 1) {
                return None;
            }
        }
        Some(&self.lower[self.toks[i].start..self.toks[i + n - 1].end])
    }

    /// Original text spanning tokens `i..j`.
    pub fn span(&self, i: usize, j: usize) -> &str {
        if i >= j || j > self.toks.len() {
            return "";
        }
        &self.text[self.toks[i].start..self.toks[j - 1].end]
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// Sentence index of token `i`.
    pub fn sentence(&self, i: usize) -> u32 {
        self.toks.get(i).map_or(u32::MAX, |t| t.sentence)
    }
}

/// Numbers sentences: a full stop, '!' or '?' ends one unless it follows a
/// known abbreviation; the next token then starts a new sentence.
fn mark_sentences(toks: &mut [Tok], lower: &str) {
    let mut sentence = 0u32;
    for k in 0..toks.len() {
        toks[k].sentence = sentence;
        let t = toks[k];
        if t.word {
            continue;
        }
        let c = &lower[t.start..t.end];
        let ends = match c {
            "!" | "?" => true,
            "." | "…" => {
                let prev = k.checked_sub(1).map(|p| &lower[toks[p].start..toks[p].end]);
                !prev.is_some_and(|p| ABBREV.contains(&p))
            }
            _ => false,
        };
        if ends {
            sentence += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_punctuation_and_joiners() {
        let t = Tokens::new("Đồng chí Lê Văn A, 92,96% và 446-QĐ/TU (Baonghean.vn).");
        let words: Vec<&str> = (0..t.len()).map(|i| t.raw(i)).collect();
        assert_eq!(
            words,
            [
                "Đồng",
                "chí",
                "Lê",
                "Văn",
                "A",
                ",",
                "92,96",
                "%",
                "và",
                "446-QĐ/TU",
                "(",
                "Baonghean.vn",
                ")",
                "."
            ]
        );
        assert!(t.is_cap(2) && !t.is_cap(1));
        assert_eq!(t.phrase(0, 2), Some("đồng chí"));
    }

    #[test]
    fn sentences_split_on_full_stops_but_not_abbreviations() {
        let t = Tokens::new("Tại TP. Huế, hội nghị họp. Đồng chí A phát biểu!");
        let last = t.len() - 1;
        assert_eq!(t.sentence(0), 0);
        assert_eq!(t.sentence(5), 0);
        assert_eq!(t.sentence(last - 1), 1);
    }

    #[test]
    fn never_panics_on_odd_input() {
        for s in ["", "'", "-a-", "a\u{301}b", "..,,//", "Ⅻ ǅ ß"] {
            let t = Tokens::new(s);
            for i in 0..t.len() + 2 {
                let _ = (t.raw(i), t.low(i), t.phrase(i, 3));
            }
        }
    }
}
