//! NFC for text that is not in it, a few chars at a time. Some archives
//! store Vietnamese decomposed (NFD): every syllable then carries combining
//! marks, and normalizing a whole file char by char costs more than parsing
//! it. NFC never joins anything across an ASCII char (ASCII is no combining
//! mark, combines with nothing before it, and blocks marks after it from
//! what came before), so the text is cut before each ASCII char that a
//! non-ASCII char follows, and each piece is normalized on its own; the
//! pieces repeat (a syllable's vowel and its marks), so each thread
//! remembers what it made of the last few thousand. Knows nothing of
//! reports.

use rustc_hash::FxHashMap as HashMap;
use std::cell::RefCell;
use unicode_normalization::UnicodeNormalization;

/// How many pieces each thread remembers before starting over.
const MEMO: usize = 1 << 12;

thread_local! {
    static PIECES: RefCell<HashMap<Box<str>, Box<str>>> = RefCell::new(HashMap::default());
}

/// `text` in NFC, as `text.nfc().collect()` gives it.
pub(super) fn nfc_by_pieces(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < b.len() {
        // The next non-ASCII byte: the ASCII before it is copied, except
        // its last char, which a mark may compose with.
        let Some(k) = b[i..].iter().position(|&x| !x.is_ascii()).map(|k| i + k) else {
            out.push_str(&text[i..]);
            break;
        };
        let start = if k > i { k - 1 } else { k };
        out.push_str(&text[i..start]);
        // The piece runs up to the next ASCII char (a char boundary).
        let end = b[k..]
            .iter()
            .position(u8::is_ascii)
            .map_or(b.len(), |n| k + n);
        push_piece(&mut out, &text[start..end]);
        i = end;
    }
    out
}

/// Appends the NFC of `piece`, remembered.
fn push_piece(out: &mut String, piece: &str) {
    PIECES.with(|memo| {
        let mut memo = memo.borrow_mut();
        if let Some(done) = memo.get(piece) {
            out.push_str(done);
            return;
        }
        let done: String = piece.nfc().collect();
        out.push_str(&done);
        if memo.len() >= MEMO {
            memo.clear();
        }
        memo.insert(piece.into(), done.into());
    });
}

#[cfg(test)]
mod tests {
    use super::nfc_by_pieces;
    use unicode_normalization::char::decompose_canonical;
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn no_char_decomposes_to_ascii_after_its_first_char() {
        // What cutting before ASCII rests on: no composite ends in an
        // ASCII char, so no ASCII char composes with what comes before it.
        for c in (0x80..=0x0010_FFFF).filter_map(char::from_u32) {
            let mut parts = Vec::new();
            decompose_canonical(c, |d| parts.push(d));
            assert!(
                parts.iter().skip(1).all(|d| !d.is_ascii()),
                "{c:?} -> {parts:?}"
            );
        }
    }

    #[test]
    fn pieces_normalize_as_the_whole_text_does() {
        let vietnamese = "Đồng chí Bùi Thị Minh Hoài – Trưởng ban Dân vận “Dân vận khéo”, \
                          Nguyễn Văn Hùng, Thuỷ, Hoà, Quỳnh, Ý kiến, ệ\u{301}.";
        let nfd: String = vietnamese.nfd().collect();
        let mut cases = vec![vietnamese.to_string(), nfd.clone()];
        for odd in [
            "\u{301}",
            "\u{323}\u{302}",
            "<\u{338}",
            "\u{1100}\u{1161}\u{11A8}",
            "\u{2126}",
            "\u{F900}",
            "x\u{20D0}\u{301}",
            "ộ\u{31B}",
            "\u{CE}\u{301}a",
        ] {
            for (at, _) in nfd.char_indices().step_by(3) {
                cases.push(format!("{}{odd}{}", &nfd[..at], &nfd[at..]));
            }
        }
        for text in &cases {
            let want: String = text.nfc().collect();
            assert_eq!(nfc_by_pieces(text), want, "{text:?}");
            // Again, from what is remembered.
            assert_eq!(nfc_by_pieces(text), want, "{text:?}");
        }
    }
}
