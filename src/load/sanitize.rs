//! Making decoded text safe to store and to show: terminal escape sequences
//! and control characters removed, odd spaces made plain, line ends made
//! `\n`, then NFC. It must never alter a letter or a combining mark: Vietnamese
//! tone marks survive because NFC runs last and composes them.

use super::escape::skip_escape;
use unicode_normalization::{is_nfc_quick, IsNormalized};

/// Returns `text` with escape sequences and control characters removed
/// (`\n` kept, tabs as spaces, CR/CRLF as `\n`), odd spaces as plain
/// spaces, invisible format characters dropped, and the result in NFC.
#[must_use]
pub fn sanitize(text: &str) -> String {
    sanitize_owned(text.to_string())
}

/// `sanitize` for an owned string: clean NFC text (nearly all of it) is
/// returned as it is, after one byte scan.
#[must_use]
pub fn sanitize_owned(text: String) -> String {
    let scan = scan(text.as_bytes());
    if scan.dirty {
        let cleaned = clean(&text);
        // Cleaning drops and replaces characters but composes none: the
        // scan of what is left tells whether NFC work remains, as it does
        // for text that needed no cleaning.
        let after = self::scan(cleaned.as_bytes());
        if after.dirty || after.maybe_not_nfc {
            nfc(cleaned)
        } else {
            cleaned
        }
    } else if scan.maybe_not_nfc {
        nfc(text)
    } else {
        text
    }
}

/// A file name made safe to show: each control, format or line-breaking
/// character becomes U+FFFD (a name may hold ESC as easily as a file can),
/// everything else is kept as named.
#[must_use]
pub fn sanitize_name(name: &str) -> String {
    name.chars()
        .map(|c| match classify(c) {
            Class::Keep => c,
            Class::Space if !c.is_control() => c,
            _ => '\u{FFFD}',
        })
        .collect()
}

/// `text` in NFC, skipping the rebuild when a quick check says it is so.
fn nfc(text: String) -> String {
    if is_nfc_quick(text.chars()) == IsNormalized::Yes {
        text
    } else {
        super::compose::nfc_by_pieces(&text)
    }
}

/// What one byte scan found.
#[derive(Default, Debug, PartialEq, Eq)]
struct Scan {
    /// Some character is one that `clean` changes.
    dirty: bool,
    /// Some character lies outside the ranges known to be NFC on their own.
    maybe_not_nfc: bool,
}

/// How the byte scan treats a byte: `PASS` bytes are ASCII text, UTF-8
/// continuations, or leads of U+00C0–U+02FF (letters that are NFC alone).
const PASS: u8 = 0;
const CONTROL: u8 = 1;
const LEAD_C2: u8 = 2;
const LEAD_E1: u8 = 3;
const LEAD_E2: u8 = 4;
const LEAD_E3: u8 = 5;
const LEAD_EF: u8 = 6;
const LEAD_OTHER: u8 = 7;

/// Byte classes for `scan`.
static CLASSES: [u8; 256] = {
    let mut t = [PASS; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = match i {
            0x0A => PASS,
            0x00..=0x1F | 0x7F => CONTROL,
            0xC2 => LEAD_C2,
            0xCC..=0xDF | 0xE0 | 0xE4..=0xEE | 0xF0..=0xFF => LEAD_OTHER,
            0xE1 => LEAD_E1,
            0xE2 => LEAD_E2,
            0xE3 => LEAD_E3,
            0xEF => LEAD_EF,
            _ => PASS,
        };
        i += 1;
    }
    t
};

/// One pass over the bytes of valid UTF-8 text. Vietnamese NFC text is
/// ASCII, U+00C0–U+02FF, U+1E00–U+1EFF (precomposed letters with tones)
/// and U+2000–U+20BF (punctuation), all NFC on their own, so the costly
/// normalization check runs only for text with other characters.
fn scan(b: &[u8]) -> Scan {
    let mut s = Scan::default();
    let mut i = 0;
    while i < b.len() {
        // Sixteen bytes at once when none of them needs a look (nearly
        // always): a test without an early exit, which is vectorized.
        if let Some(w) = b.get(i..i + 17).and_then(|w| <&[u8; 17]>::try_from(w).ok()) {
            if !(0..16).fold(false, |any, k| any | needs_look(w[k], w[k + 1])) {
                i += 16;
                continue;
            }
        }
        for i in i..b.len().min(i + 16) {
            look(b, i, &mut s);
            if s.dirty {
                // Cleaning is followed by a full NFC check anyway.
                return s;
            }
        }
        i += 16;
    }
    s
}

/// Notes in `s` what byte `i` of `b` shows.
fn look(b: &[u8], i: usize, s: &mut Scan) {
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    match CLASSES[b[i] as usize] {
        PASS => {}
        CONTROL => s.dirty = true,
        // U+0080–U+00A0 (C1 and NBSP) and U+00AD (soft hyphen).
        LEAD_C2 => s.dirty |= matches!(at(i + 1), 0x80..=0xA0 | 0xAD),
        LEAD_E1 => s.maybe_not_nfc |= !(0xB8..=0xBB).contains(&at(i + 1)),
        LEAD_E2 => {
            // U+2000–U+200F, U+2028–U+202F, U+205F–U+206F: spaces,
            // zero-widths, separators, bidi controls (not quotes).
            s.dirty |= matches!(
                (at(i + 1), at(i + 2)),
                (0x80, 0x80..=0x8F | 0xA8..=0xAF) | (0x81, 0x9F..=0xAF)
            );
            s.maybe_not_nfc |= at(i + 1) > 0x82;
        }
        LEAD_E3 => {
            s.dirty |= at(i + 1) == 0x80 && at(i + 2) == 0x80;
            s.maybe_not_nfc = true;
        }
        LEAD_EF => {
            s.dirty |= at(i + 1) == 0xBB && at(i + 2) == 0xBF;
            s.maybe_not_nfc = true;
        }
        _ => s.maybe_not_nfc = true,
    }
}

/// Whether byte `c` (followed by `next`) may change what `scan` finds: all
/// but the `PASS` bytes and the lead of U+1E00–U+1EFF (Vietnamese letters
/// with tones), which is E1 followed by B8–BB.
fn needs_look(c: u8, next: u8) -> bool {
    let pass = c == b'\n'
        || (0x20..=0x7E).contains(&c)
        || (0x80..=0xC1).contains(&c)
        || (0xC3..=0xCB).contains(&c)
        || (c == 0xE1 && (0xB8..=0xBB).contains(&next));
    !pass
}

/// What to do with one character outside an escape sequence.
enum Class {
    Keep,
    Space,
    Newline,
    Drop,
    /// ESC, or a C1 introducer: an escape sequence starts here.
    Escape,
}

impl Class {
    /// What `c` of this class becomes in the cleaned text (nothing for
    /// dropped characters and escape introducers).
    fn output(&self, c: char) -> Option<char> {
        match self {
            Class::Keep => Some(c),
            Class::Space => Some(' '),
            Class::Newline => Some('\n'),
            Class::Drop | Class::Escape => None,
        }
    }
}

/// Classifies a character that is not part of an escape sequence.
fn classify(c: char) -> Class {
    match c {
        '\n' | '\u{0B}' | '\u{0C}' | '\u{2028}' | '\u{2029}' => Class::Newline,
        '\t'
        | '\u{A0}'
        | '\u{2000}'..='\u{200B}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}'
        | '\u{FEFF}' => Class::Space,
        '\u{1B}' | '\u{9B}' | '\u{9D}' | '\u{90}' | '\u{98}' | '\u{9E}' | '\u{9F}' => Class::Escape,
        // Other controls, soft hyphen, zero-width joiners, bidi overrides
        // (they can reorder what the terminal shows), word joiners.
        '\u{0}'..='\u{1F}'
        | '\u{7F}'..='\u{9F}'
        | '\u{AD}'
        | '\u{200C}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{206F}' => Class::Drop,
        _ => Class::Keep,
    }
}

/// The slow path: rebuilds the text, copying each run of characters that
/// the scan passes (they are kept as they are) whole, and looking at the
/// others one by one.
fn clean(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < b.len() {
        let start = i;
        i += pass_len(&b[i..]);
        // A run ends before a byte that needs a look: ASCII or the lead
        // byte of a char, so a char boundary.
        out.push_str(&text[start..i]);
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        if c == '\r' {
            // CRLF and lone CR both end a line.
            out.push('\n');
            i += 1 + usize::from(b.get(i + 1) == Some(&b'\n'));
            continue;
        }
        let class = classify(c);
        if let Class::Escape = class {
            // Escape sequences are rare: the rest goes char by char.
            clean_chars(&text[i..], &mut out);
            break;
        }
        out.extend(class.output(c));
        i += c.len_utf8();
    }
    out
}

/// How many leading bytes of `b` the scan passes (see `needs_look`).
fn pass_len(b: &[u8]) -> usize {
    let mut i = 0;
    // Sixteen bytes at a time while none needs a look, as `scan` does.
    while let Some(w) = b.get(i..i + 17).and_then(|w| <&[u8; 17]>::try_from(w).ok()) {
        if (0..16).fold(false, |any, k| any | needs_look(w[k], w[k + 1])) {
            break;
        }
        i += 16;
    }
    while i < b.len() && !needs_look(b[i], b.get(i + 1).copied().unwrap_or(0)) {
        i += 1;
    }
    i
}

/// `clean` char by char into `out`, escape sequences included.
fn clean_chars(text: &str, out: &mut String) {
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            // CRLF and lone CR both end a line.
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
            continue;
        }
        let class = classify(c);
        if let Class::Escape = class {
            // A loop, not recursion: a string of back-to-back sequences
            // must not grow the stack.
            let mut intro = c;
            while skip_escape(intro, &mut chars) {
                intro = '\u{1B}';
            }
            continue;
        }
        out.extend(class.output(c));
    }
}

#[cfg(test)]
mod tests {
    use super::sanitize;
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn removes_whole_escape_sequences() {
        let s = "a\u{1b}]0;pwned\u{7}b\u{1b}[2Jc\u{1b}[1;31md\u{1b}[0m\u{1b}(Be";
        assert_eq!(sanitize(s), "abcde");
    }

    #[test]
    fn osc_ended_by_st_and_hyperlinks_keep_their_text() {
        let s = "\u{1b}]8;;http://x\u{1b}\\link\u{1b}]8;;\u{1b}\\ ok";
        assert_eq!(sanitize(s), "link ok");
    }

    #[test]
    fn unterminated_osc_stops_at_line_end() {
        assert_eq!(sanitize("a\u{1b}]0;title\nnext line"), "a\nnext line");
    }

    #[test]
    fn c1_controls_and_c0_controls_are_removed() {
        assert_eq!(sanitize("a\u{85}b\u{9b}31mc\u{0}d\u{8}e\u{7f}f"), "abcdef");
    }

    #[test]
    fn line_ends_tabs_and_odd_spaces() {
        let s = "a\r\nb\rc\td\u{a0}e\u{2009}f\u{202f}g\u{3000}h\u{feff}i\u{205f}j";
        assert_eq!(sanitize(s), "a\nb\nc d e f g h i j");
    }

    #[test]
    fn bidi_and_zero_width_joiners_are_dropped() {
        assert_eq!(sanitize("ab\u{202e}cd\u{200d}e\u{ad}f"), "abcdef");
    }

    #[test]
    fn vietnamese_is_untouched_and_nfd_becomes_nfc() {
        let nfc = "Đồng chí Bùi Thị Minh Hoài – Trưởng ban Dân vận “Dân vận khéo”";
        assert_eq!(sanitize(nfc), nfc);
        let nfd: String = nfc.nfd().collect();
        assert_ne!(nfd, nfc);
        assert_eq!(sanitize(&nfd), nfc);
    }

    #[test]
    fn text_outside_the_fast_ranges_is_still_normalized() {
        // Ohm sign, a CJK compatibility ideograph, Hangul jamo, a combining
        // mark after a precomposed letter: each needs NFC work.
        for s in [
            "\u{2126}",
            "\u{F900}",
            "\u{1100}\u{1161}",
            "ệ\u{301}",
            "x\u{20D0}\u{301}",
        ] {
            let want: String = s.nfc().collect();
            assert_eq!(sanitize(s), want, "{s:?}");
        }
    }

    #[test]
    fn a_control_between_letter_and_tone_mark_still_composes() {
        assert_eq!(sanitize("a\u{7}\u{301}"), "á");
    }

    #[test]
    fn an_escape_inside_a_string_starts_the_next_sequence() {
        assert_eq!(sanitize("a\u{9d}\u{1b}]0;pwned\u{7}b"), "ab");
        let many = "\u{1b}]".repeat(200_000) + "x";
        assert_eq!(sanitize(&many), "");
    }

    #[test]
    fn names_keep_their_letters_and_lose_their_controls() {
        assert_eq!(
            super::sanitize_name("báo\u{1b}]0;x\u{7}\tcáo\u{202e}.txt"),
            "báo\u{FFFD}]0;x\u{FFFD}\u{FFFD}cáo\u{FFFD}.txt"
        );
    }

    #[test]
    fn the_scan_skips_only_bytes_that_change_nothing() {
        use super::{look, needs_look, scan, Scan, CLASSES, PASS};
        for c in 0..=255u8 {
            assert_eq!(needs_look(c, 0), CLASSES[c as usize] != PASS, "{c:X}");
        }
        let base = "Đồng chí Bùi Thị Minh Hoài – “Dân vận khéo” ở cơ sở. ".repeat(3);
        for odd in [
            "\u{7}", "\u{A0}", "\u{200B}", "\u{3000}", "\u{FEFF}", "\u{1100}", "\u{2126}",
            "x\u{301}",
        ] {
            for (at, _) in base.char_indices() {
                let text = format!("{}{odd}{}", &base[..at], &base[at..]);
                let b = text.as_bytes();
                let mut want = Scan::default();
                for i in 0..b.len() {
                    look(b, i, &mut want);
                    if want.dirty {
                        break;
                    }
                }
                assert_eq!(scan(b), want, "{odd:?} at {at}");
            }
        }
    }

    #[test]
    fn copying_runs_whole_cleans_as_char_by_char_does() {
        use super::{clean, clean_chars};
        let base = "Đồng chí Bùi Thị Minh Hoài – “Dân vận khéo” ở cơ sở. ".repeat(2);
        for odd in [
            "\r",
            "\r\n",
            "\n",
            "\t",
            "\u{7}",
            "\u{A0}",
            "\u{AD}",
            "\u{85}",
            "\u{200B}",
            "\u{202E}",
            "\u{3000}",
            "\u{FEFF}",
            "\u{1B}[2J",
            "\u{1B}]0;x\u{7}",
            "\u{2126}",
            "x\u{301}",
            "\u{1100}",
        ] {
            for (at, _) in base.char_indices() {
                let text = format!("{}{odd}{}\u{A0}", &base[..at], &base[at..]);
                let mut want = String::new();
                clean_chars(&text, &mut want);
                assert_eq!(clean(&text), want, "{odd:?} at {at}");
            }
        }
    }

    #[test]
    fn lone_escape_at_end_is_dropped() {
        assert_eq!(sanitize("abc\u{1b}"), "abc");
        assert_eq!(sanitize("abc\u{1b}["), "abc");
    }
}
