//! Puts back the space a scrape lost after a term's Roman numeral
//! (`khóa XIVcùng một số đại biểu`): the term of a council or a committee is
//! numbered in capitals, and a small letter right after them opens the
//! next word. Never drops or moves a character; adds one space a numeral.

use std::borrow::Cow;

/// The words a term's numeral follows.
const TERM_WORDS: &[&str] = &["khóa ", "khoá ", "Khóa ", "Khoá ", "KHÓA ", "KHOÁ "];

/// Fewest letters of a numeral with a word glued after it: one letter
/// alone ("khóa Xuân") is a name's first.
const MIN_NUMERAL: usize = 2;

/// `text` with a space after each term's numeral glued to the next word.
pub(super) fn respace(text: &str) -> Cow<'_, str> {
    let mut cuts = Vec::new();
    for word in TERM_WORDS {
        let mut from = 0;
        while let Some(at) = text[from..].find(word) {
            let start = from + at + word.len();
            let numeral = text[start..]
                .bytes()
                .take_while(|b| matches!(b, b'I' | b'V' | b'X' | b'L'))
                .count();
            let end = start + numeral;
            if numeral >= MIN_NUMERAL && text[end..].starts_with(char::is_lowercase) {
                cuts.push(end);
            }
            from = start;
        }
    }
    if cuts.is_empty() {
        return Cow::Borrowed(text);
    }
    cuts.sort_unstable();
    let mut out = String::with_capacity(text.len() + cuts.len());
    let mut last = 0;
    for cut in cuts {
        out.push_str(&text[last..cut]);
        out.push(' ');
        last = cut;
    }
    out.push_str(&text[last..]);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_terms_numeral_glued_to_the_next_word_is_spaced() {
        assert_eq!(
            respace("ông Hà Văn Tú, Phó Chủ tịch HĐND tỉnh khóa XVIIvà các đại biểu"),
            "ông Hà Văn Tú, Phó Chủ tịch HĐND tỉnh khóa XVII và các đại biểu"
        );
        assert_eq!(
            respace("Ủy viên Ủy ban Pháp luật của Quốc hội khoá XIIIcùng đoàn công tác"),
            "Ủy viên Ủy ban Pháp luật của Quốc hội khoá XIII cùng đoàn công tác"
        );
        // A numeral set apart, a name after the word, or one capital alone.
        for text in [
            "Ủy ban MTTQ quận khóa XIX họp phiên cuối",
            "học viên khóa Xuân Lộc",
            "khóa Lâm Đồng",
            "khóa Vững",
        ] {
            assert!(matches!(respace(text), Cow::Borrowed(_)), "{text}");
        }
    }
}
