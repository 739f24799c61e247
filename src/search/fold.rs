//! Search keys. `fold` strips diacritics char for char (one char in, one
//! char out), so an index into a folded key is the same index into the
//! displayed text; `name_key` identifies a name or title across spellings.

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

/// Appends the folded, lower-cased form of `s` to `out`, char for char.
pub fn push_fold_lower(out: &mut String, s: &str) {
    out.extend(s.chars().map(fold_lower_char));
}

/// Whether `c` carries a diacritic that folding removes.
pub fn has_accent(c: char) -> bool {
    fold_char(c) != c
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

/// Identity key of a name or title: NFC, lower case, single spaces, and the
/// tone of each syllable moved to its end, so old and new tone placement
/// agree (`hoà` = `hòa`, `Thuỷ` = `Thủy`) while letters and tones still
/// differ (`Hùng` ≠ `Hưng` ≠ `Hưởng`).
pub fn name_key(s: &str) -> String {
    let mut key = String::with_capacity(s.len() + 8);
    for word in s.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        let mut tone = None;
        let letters: String = word
            .nfd()
            .filter(|&c| match tone_of(c) {
                Some(t) => {
                    tone = Some(t);
                    false
                }
                None => true,
            })
            .nfc()
            .flat_map(char::to_lowercase)
            .collect();
        key.push_str(&letters);
        if let Some(t) = tone {
            key.push(char::from(b'0' + t));
        }
    }
    key
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
