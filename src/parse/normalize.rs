//! Text as the parser reads it: composed (NFC), with the look-alike
//! letters and invisible marks some sites type taken out, and ethnic
//! names typed with a spaced apostrophe joined. Loading has normalised
//! most text already (see `load`); this makes the parser independent of
//! that. No extraction here.

use std::borrow::Cow;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// NFC form of `text`, borrowed when it already is, with the Icelandic
/// eth that some sites type for "Đ" ("HÐND", "Ðối thoại") read as "Đ":
/// Vietnamese has no eth, and the two look alike in print. The combining
/// grapheme joiner, which shows nothing and which some pages slip inside
/// words, is dropped: it would keep a tone mark from its vowel and split a
/// name in two.
pub(super) fn compose(text: &str) -> Cow<'_, str> {
    let has = |c: &str| memchr::memmem::find(text.as_bytes(), c.as_bytes()).is_some();
    if has("Ð") || has("ð") {
        let fixed = text.replace('Ð', "Đ").replace('ð', "đ");
        return Cow::Owned(compose(&fixed).into_owned());
    }
    if has("\u{034F}") {
        let fixed = text.replace('\u{034F}', "");
        return Cow::Owned(compose(&fixed).into_owned());
    }
    if let Some(fixed) = join_spaced_apostrophes(text) {
        return Cow::Owned(compose(&fixed).into_owned());
    }
    // Combining marks U+0300–U+036F start with byte 0xCC or 0xCD; text
    // without them (nearly all of it, after loading) needs no further look.
    if memchr::memchr2(0xCC, 0xCD, text.as_bytes()).is_none() {
        return Cow::Borrowed(text);
    }
    match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => Cow::Borrowed(text),
        _ => Cow::Owned(text.nfc().collect()),
    }
}

/// `text` with the space some pages type after the apostrophe of an
/// ethnic-minority name ("K’ Bình", "H' Hen Niê") taken out, when there is
/// one: the name is one word as the K'Ho and Ê Đê write it ("K’Bình"), and
/// read as one by the tokenizer. Only a lone capital before the apostrophe
/// and a capital after the space count, and not a capital quoted ("‘B’ Hà").
fn join_spaced_apostrophes(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let mut cuts = Vec::new();
    for (mark, len) in [("' ", 1), ("’ ", 3)] {
        for at in memchr::memmem::find_iter(b, mark.as_bytes()) {
            let lone_capital = at >= 1
                && b[at - 1].is_ascii_uppercase()
                && !text[..at - 1]
                    .chars()
                    .next_back()
                    .is_some_and(|c| super::text::is_letter(c) || matches!(c, '‘' | '\'' | '’'));
            let capital_after = text[at + len + 1..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
            if lone_capital && capital_after {
                cuts.push(at + len);
            }
        }
    }
    if cuts.is_empty() {
        return None;
    }
    cuts.sort_unstable();
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for cut in cuts {
        out.push_str(&text[from..cut]);
        from = cut + 1;
    }
    out.push_str(&text[from..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::{compose, join_spaced_apostrophes};

    #[test]
    fn a_spaced_apostrophe_after_a_lone_capital_is_taken_out() {
        assert_eq!(
            join_spaced_apostrophes("bà K’ Hương và ông K' Bình, H’ Lan Niê").as_deref(),
            Some("bà K’Hương và ông K'Bình, H’Lan Niê")
        );
        // A quote, a word before the apostrophe or a small word after it
        // stays as typed.
        assert_eq!(join_spaced_apostrophes("chữ ‘A’ và ‘B’ Hà"), None);
        assert_eq!(join_spaced_apostrophes("AK’ Bình, K’ bình"), None);
    }

    #[test]
    fn look_alike_letters_and_decomposed_marks_are_composed() {
        assert_eq!(compose("HÐND xã"), "HĐND xã");
        assert_eq!(compose("Nguye\u{302}\u{303}n"), "Nguyễn");
        assert_eq!(compose("Vie\u{34F}\u{323}\u{302}t"), "Việt");
        assert!(matches!(compose("Hội nghị"), std::borrow::Cow::Borrowed(_)));
    }
}
