//! Vietnamese text keys, shared by the parser, the catalog and search.
//! `fold` strips diacritics char for char (one char in, one char out), so an
//! index into a folded key is the same index into the displayed text;
//! `name_key` decides when two spellings of a name, title or place are the
//! same. No parsing and no I/O here.

use std::sync::LazyLock;
use unicode_normalization::char::decompose_canonical;
use unicode_normalization::UnicodeNormalization;

const TABLE_START: u32 = 0xC0;
const TABLE_END: u32 = 0x1EFF;

/// Base letters of U+00C0..=U+1EFF (Latin-1 to Latin Extended Additional).
static BASE: LazyLock<Vec<char>> = LazyLock::new(|| {
    (TABLE_START..=TABLE_END)
        .map(|u| {
            let c = char::from_u32(u).unwrap_or(' ');
            let mut first = None;
            decompose_canonical(c, |d| {
                first.get_or_insert(d);
            });
            match first {
                Some(b) if b.is_ascii_alphabetic() => b,
                _ => c,
            }
        })
        .collect()
});

/// `c` without diacritics, keeping case: `ễ → e`, `Ố → O`, `đ → d`, `Đ → D`.
pub fn fold_char(c: char) -> char {
    match c {
        'đ' => 'd',
        'Đ' => 'D',
        c if c.is_ascii() => c,
        c if (TABLE_START..=TABLE_END).contains(&u32::from(c)) => {
            BASE[(u32::from(c) - TABLE_START) as usize]
        }
        // A combining mark left over from decomposed text folds to nothing visible.
        c => c,
    }
}

/// Lower case of one char, as one char (keeps indices aligned).
pub fn lower_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    c.to_lowercase().next().unwrap_or(c)
}

/// `fold_lower_char` of U+0080..=U+1EFF, looked up once: report texts
/// are folded whole when a query searches them.
static FOLD_LOWER: LazyLock<Vec<char>> = LazyLock::new(|| {
    (0x80..=TABLE_END)
        .map(|u| char::from_u32(u).map_or(' ', |c| lower_char(fold_char(c))))
        .collect()
});

/// Folded and lower-cased: the form most queries match against.
pub fn fold_lower_char(c: char) -> char {
    let u = u32::from(c);
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else if u <= TABLE_END {
        FOLD_LOWER[(u - 0x80) as usize]
    } else {
        lower_char(fold_char(c))
    }
}

/// Whether `word` in lower case is `lower` (a lower-case word), as
/// `word.to_lowercase() == lower` says but without allocating: titles are
/// read word by word, and most words differ from a cue word at once.
pub fn eq_lower(word: &str, lower: &str) -> bool {
    // An ASCII first letter lowers to the one ASCII letter, so most words
    // are told apart from the cue by their first byte, before the
    // iterators (a search of the case table per letter) are set up.
    if let (Some(&w), Some(&l)) = (word.as_bytes().first(), lower.as_bytes().first()) {
        if w.is_ascii() && w.to_ascii_lowercase() != l {
            return false;
        }
    }
    word.chars().flat_map(char::to_lowercase).eq(lower.chars())
}

/// Appends the folded, lower-cased form of `s` to `out`, char for char.
pub fn push_fold_lower(out: &mut String, s: &str) {
    out.extend(s.chars().map(fold_lower_char));
}

/// Whether `c` carries a diacritic that folding removes.
pub fn has_accent(c: char) -> bool {
    fold_char(c) != c
}

/// Whether `c` carries one of Vietnamese's five marked tones (grave,
/// acute, tilde, hook above, dot below).
pub fn has_tone(c: char) -> bool {
    split_tone(c).1 != 0
}

/// Tone marks (as combining chars) in Vietnamese, numbered 1–5.
fn tone_of(c: char) -> Option<u8> {
    match c {
        '\u{300}' => Some(1),
        '\u{301}' => Some(2),
        '\u{303}' => Some(3),
        '\u{309}' => Some(4),
        '\u{323}' => Some(5),
        _ => None,
    }
}

/// Per char of U+00C0..=U+1EFF: the letter without its tone mark (other
/// marks kept: `ưở → ươ`) and the tone, 0 for none.
static TONELESS: LazyLock<Vec<(char, u8)>> = LazyLock::new(|| {
    (TABLE_START..=TABLE_END)
        .map(|u| {
            let c = char::from_u32(u).unwrap_or(' ');
            let mut tone = 0;
            let rest: String = std::iter::once(c)
                .nfd()
                .filter(|&d| match tone_of(d) {
                    Some(t) => {
                        tone = t;
                        false
                    }
                    None => true,
                })
                .nfc()
                .collect();
            let mut chars = rest.chars();
            match (chars.next(), chars.next()) {
                (Some(b), None) => (b, tone),
                _ => (c, 0),
            }
        })
        .collect()
});

/// `split_tone` of each char of U+00C0..=U+1EFF, looked up once: every
/// name and title of every report is keyed, and lower-casing a char through
/// the Unicode tables costs more than the rest of keying it.
static SPLIT_TONE: LazyLock<Vec<(char, u8)>> = LazyLock::new(|| {
    (TABLE_START..=TABLE_END)
        .map(|u| char::from_u32(u).map_or((' ', 0), lower_and_split_tone))
        .collect()
});

/// `c` in lower case without its tone, and the tone (0 for none).
fn split_tone(c: char) -> (char, u8) {
    let u = u32::from(c);
    if (TABLE_START..=TABLE_END).contains(&u) {
        SPLIT_TONE[(u - TABLE_START) as usize]
    } else {
        lower_and_split_tone(c)
    }
}

/// `split_tone`, worked out.
fn lower_and_split_tone(c: char) -> (char, u8) {
    let c = lower_char(c);
    if (TABLE_START..=TABLE_END).contains(&u32::from(c)) {
        TONELESS[(u32::from(c) - TABLE_START) as usize]
    } else {
        (c, 0)
    }
}

/// Identity key of a name, title or place: lower case, single spaces, no
/// trailing punctuation, and the tone of each syllable moved to its end, so
/// old and new tone placement agree (`hoà` = `hòa`, `Thuỷ` = `Thủy`) while
/// letters and tones still differ (`Hùng` ≠ `Hưng` ≠ `Hưởng`). Text in
/// decomposed form (NFD) gets the same key as composed text.
pub fn name_key(s: &str) -> String {
    let mut key = String::with_capacity(s.len() + 8);
    push_name_key(&mut key, s);
    key
}

/// Appends the `name_key` of `s` to `key`.
pub fn push_name_key(key: &mut String, s: &str) {
    let s = s.trim_end_matches(['.', ',', ';', ':', ' ']);
    // Combining marks U+0300–U+036F start with byte 0xCC or 0xCD.
    let composed: std::borrow::Cow<str> = if memchr::memchr2(0xCC, 0xCD, s.as_bytes()).is_some() {
        std::borrow::Cow::Owned(s.nfc().collect())
    } else {
        std::borrow::Cow::Borrowed(s)
    };
    // One pass over the chars, word by word as `split_whitespace` cuts
    // them: every name and title of every report is keyed.
    // Whether a word is open, and the tone of its last toned letter.
    let (mut in_word, mut tone) = (false, 0u8);
    for c in composed.chars() {
        if c.is_ascii() && !c.is_whitespace() {
            if !in_word {
                open_word(key);
                (in_word, tone) = (true, 0);
            }
            key.push(c.to_ascii_lowercase());
        } else if c.is_whitespace() {
            if in_word {
                close_word(key, tone);
                in_word = false;
            }
        } else {
            if !in_word {
                open_word(key);
                (in_word, tone) = (true, 0);
            }
            let (base, t) = split_tone(c);
            key.push(base);
            if t != 0 {
                tone = t;
            }
        }
    }
    if in_word {
        close_word(key, tone);
    }
}

/// Starts a word of a name key: a space after what is already there.
fn open_word(key: &mut String) {
    if !key.is_empty() && !key.ends_with(' ') {
        key.push(' ');
    }
}

/// Ends a word of a name key with its tone's digit, if it has one.
fn close_word(key: &mut String, tone: u8) {
    if tone != 0 {
        key.push(char::from(b'0' + tone));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fold_lower_table_agrees_with_folding_then_lowering() {
        for c in (0..0x2100).filter_map(char::from_u32) {
            assert_eq!(fold_lower_char(c), lower_char(fold_char(c)), "{c:?}");
        }
    }

    #[test]
    fn eq_lower_agrees_with_lowering_the_word() {
        let words = [
            "Huyện", "HUYỆN", "huyện", "Xã", "xã", "Đảng", "đảng", "Tỉnh", "tỉnh", "K", "\u{212A}",
            "", "x", "Ủy", "ủy",
        ];
        for w in words {
            for lower in words.map(str::to_lowercase) {
                assert_eq!(
                    eq_lower(w, &lower),
                    w.to_lowercase() == lower,
                    "{w:?} {lower:?}"
                );
            }
        }
    }

    const LOWER: &str = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";

    #[test]
    fn every_vietnamese_letter_folds_in_both_cases() {
        let upper: String = LOWER.chars().flat_map(char::to_uppercase).collect();
        assert_eq!(LOWER.chars().count() + upper.chars().count(), 134);
        for c in LOWER.chars().chain(upper.chars()) {
            let f = fold_char(c);
            assert!(f.is_ascii_alphabetic(), "{c} folded to {f}");
            assert_eq!(
                f.is_ascii_uppercase(),
                c.is_uppercase(),
                "{c} kept its case"
            );
            assert!("aeiouydAEIOUYD".contains(f), "{c} → {f}");
        }
        assert_eq!(fold_char('Đ'), 'D');
        assert_eq!(fold_char('đ'), 'd');
    }

    #[test]
    fn fold_keeps_length_and_case() {
        let s = "Đỗ Mạnh Hiến";
        let mut f = String::new();
        push_fold_lower(&mut f, s);
        assert_eq!(f, "do manh hien");
        assert_eq!(f.chars().count(), s.chars().count());
        assert_eq!(s.chars().map(fold_char).collect::<String>(), "Do Manh Hien");
    }

    #[test]
    fn a_tone_mark_is_told_from_the_other_marks() {
        assert!(has_tone('Ý') && has_tone('ỷ') && has_tone('Ọ'));
        assert!(!has_tone('Đ') && !has_tone('Ư') && !has_tone('Â') && !has_tone('T'));
    }

    #[test]
    fn the_split_tone_table_agrees_with_lowering_then_splitting() {
        for c in (0..0x2100).filter_map(char::from_u32) {
            assert_eq!(split_tone(c), lower_and_split_tone(c), "{c:?}");
        }
    }

    #[test]
    fn name_keys_merge_spellings_but_not_letters() {
        assert_eq!(name_key("Hoà"), name_key("Hòa"));
        assert_eq!(name_key("Thuỷ"), name_key("Thủy"));
        assert_eq!(name_key("Tỉnh uỷ"), name_key("Tỉnh ủy"));
        assert_eq!(name_key("Lê trí  Vũ"), name_key("Lê Trí Vũ"));
        let nfd: String = "Bùi Thị Minh Hoài".nfd().collect();
        assert_eq!(name_key(&nfd), name_key("Bùi Thị Minh Hoài"));
        assert_ne!(name_key("Hùng"), name_key("Hưng"));
        assert_ne!(name_key("Hưng"), name_key("Hưởng"));
        assert_ne!(name_key("Hùng"), name_key("Hụng"));
    }
}
