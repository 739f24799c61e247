//! Puts back the space a scrape lost after a term's Roman numeral
//! (`khóa XIVcùng một số đại biểu`): the term of a council or a committee is
//! numbered in capitals, and a small letter right after them opens the
//! next word. Never drops or moves a character; adds one space a numeral.

use crate::parse::rx::Rx;
use std::borrow::Cow;
use std::sync::LazyLock;

/// A term's word and its numeral of two letters or more: one letter alone
/// ("khóa Xuân") is a name's first. One search over the page: this is
/// asked of every page read.
static TERM_NUMERAL: LazyLock<Rx> = LazyLock::new(|| Rx::new(r"(?i:khóa|khoá) [IVXL]{2,}"));

/// `text` with a space after each term's numeral glued to the next word.
pub(super) fn respace(text: &str) -> Cow<'_, str> {
    let mut cuts = TERM_NUMERAL
        .find_iter(text)
        .map(|m| m.end())
        .filter(|&end| text[end..].starts_with(char::is_lowercase))
        .peekable();
    if cuts.peek().is_none() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
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
        assert!(TERM_NUMERAL.compiled());
        assert_eq!(
            respace("ông Hà Văn Tú, Phó Chủ tịch HĐND tỉnh khóa XVIIvà các đại biểu"),
            "ông Hà Văn Tú, Phó Chủ tịch HĐND tỉnh khóa XVII và các đại biểu"
        );
        assert_eq!(
            respace("Ủy viên Ủy ban Pháp luật của Quốc hội khoá XIIIcùng đoàn công tác"),
            "Ủy viên Ủy ban Pháp luật của Quốc hội khoá XIII cùng đoàn công tác"
        );
        assert_eq!(
            respace("ĐẠI HỘI KHÓA XIIvà Khóa XIVcủa"),
            "ĐẠI HỘI KHÓA XII và Khóa XIV của"
        );
        // A numeral set apart, a name after the word, or one capital alone.
        for text in [
            "Ủy ban MTTQ quận khóa XIX họp phiên cuối",
            "học viên khóa Xuân Lộc",
            "khóa Lâm Đồng",
            "khóa Vững",
            "KHÓA XIV",
        ] {
            assert!(matches!(respace(text), Cow::Borrowed(_)), "{text}");
        }
    }
}
