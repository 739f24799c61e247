//! Making decoded text safe to store and to show: terminal escape sequences
//! and control characters removed, odd spaces made plain, line ends made
//! `\n`, then NFC. It must never alter a letter or a combining mark: Vietnamese
//! tone marks survive because NFC runs last and composes them.

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Returns `text` with escape sequences and control characters removed
/// (`\n` kept, tabs as spaces, CR/CRLF as `\n`), odd spaces as plain
/// spaces, invisible format characters dropped, and the result in NFC.
pub fn sanitize(text: &str) -> String {
    let cleaned = if needs_cleaning(text.as_bytes()) {
        clean(text)
    } else {
        text.to_string()
    };
    if is_nfc_quick(cleaned.chars()) == IsNormalized::Yes {
        cleaned
    } else {
        cleaned.nfc().collect()
    }
}

/// True when some byte of `b` may start a character that `clean` changes.
/// A quick byte scan so that clean text (nearly all of it) is copied once.
fn needs_cleaning(b: &[u8]) -> bool {
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let hit = match c {
            b'\n' => false,
            0..=0x1F | 0x7F => true,
            // U+0080–U+00A0 (C1 and NBSP) and U+00AD (soft hyphen).
            0xC2 => matches!(b.get(i + 1), Some(0x80..=0xA0 | 0xAD)),
            // U+2000–U+200F, U+2028–U+202F, U+205F–U+206F: spaces,
            // zero-widths, separators, bidi controls (not quotes or dashes).
            0xE2 => matches!(
                (b.get(i + 1), b.get(i + 2)),
                (Some(0x80), Some(0x80..=0x8F | 0xA8..=0xAF)) | (Some(0x81), Some(0x9F..=0xAF))
            ),
            // U+3000 ideographic space.
            0xE3 => b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0x80),
            // U+FEFF zero-width no-break space.
            0xEF => b.get(i + 1) == Some(&0xBB) && b.get(i + 2) == Some(&0xBF),
            _ => false,
        };
        if hit {
            return true;
        }
        i += 1;
    }
    false
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

/// Classifies a character that is not part of an escape sequence.
fn classify(c: char) -> Class {
    match c {
        '\n' => Class::Newline,
        '\t' | '\u{A0}' | '\u{2000}'..='\u{200B}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => {
            Class::Space
        }
        '\u{FEFF}' => Class::Space,
        '\u{0B}' | '\u{0C}' | '\u{2028}' | '\u{2029}' => Class::Newline,
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

/// The slow path: rebuilds the text character by character.
fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
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
        match classify(c) {
            Class::Keep => out.push(c),
            Class::Space => out.push(' '),
            Class::Newline => out.push('\n'),
            Class::Drop => {}
            Class::Escape => {
                // A loop, not recursion: a string of back-to-back
                // sequences must not grow the stack.
                let mut intro = c;
                while skip_escape(intro, &mut chars) {
                    intro = '\u{1B}';
                }
            }
        }
    }
    out
}

/// How an escape sequence ends.
enum Body {
    /// CSI: parameters and intermediates, then one final byte `@`–`~`.
    Csi,
    /// OSC, DCS, SOS, PM, APC: a string ended by BEL or ST.
    Str,
}

/// Consumes the rest of the escape sequence introduced by `intro`.
/// A sequence broken by a character it cannot contain ends there, and that
/// character is left for the caller, so no text after it is lost. Returns
/// true when the sequence was cut short by an ESC that starts another one
/// (the ESC already consumed).
fn skip_escape<I: Iterator<Item = char>>(intro: char, chars: &mut std::iter::Peekable<I>) -> bool {
    let body = match intro {
        '\u{9B}' => Body::Csi,
        '\u{1B}' => match chars.peek() {
            Some('[') => {
                chars.next();
                Body::Csi
            }
            Some(']' | 'P' | 'X' | '^' | '_') => {
                chars.next();
                Body::Str
            }
            Some(_) => {
                skip_short_escape(chars);
                return false;
            }
            None => return false,
        },
        _ => Body::Str,
    };
    match body {
        Body::Csi => {
            skip_csi(chars);
            false
        }
        Body::Str => skip_string(chars),
    }
}

/// `ESC` + intermediates (`space`–`/`) + one final (`0`–`~`), e.g. `ESC ( B`, `ESC c`.
fn skip_short_escape<I: Iterator<Item = char>>(chars: &mut std::iter::Peekable<I>) {
    while let Some(&c) = chars.peek() {
        match c {
            ' '..='/' => {
                chars.next();
            }
            '0'..='~' => {
                chars.next();
                return;
            }
            _ => return,
        }
    }
}

/// CSI parameters (`0`–`?`), intermediates (`space`–`/`), final (`@`–`~`).
fn skip_csi<I: Iterator<Item = char>>(chars: &mut std::iter::Peekable<I>) {
    while let Some(&c) = chars.peek() {
        match c {
            ' '..='?' => {
                chars.next();
            }
            '@'..='~' => {
                chars.next();
                return;
            }
            _ => return,
        }
    }
}

/// A control string, ended by BEL, `ESC \` or ST (U+009C). A line end or
/// another control character also ends it here: a terminal would swallow
/// the rest of the file, but we would rather keep the text. Returns true
/// when an ESC other than `ESC \` ended it: that ESC starts a new sequence.
fn skip_string<I: Iterator<Item = char>>(chars: &mut std::iter::Peekable<I>) -> bool {
    while let Some(&c) = chars.peek() {
        match c {
            '\u{07}' | '\u{9C}' => {
                chars.next();
                return false;
            }
            '\u{1B}' => {
                chars.next();
                if chars.peek() == Some(&'\\') {
                    chars.next();
                    return false;
                }
                return true;
            }
            '\u{0}'..='\u{1F}' | '\u{7F}'..='\u{9F}' => return false,
            _ => {
                chars.next();
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::sanitize;

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
        let nfd: String = unicode_normalization::UnicodeNormalization::nfd(nfc).collect();
        assert_ne!(nfd, nfc);
        assert_eq!(sanitize(&nfd), nfc);
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
    fn lone_escape_at_end_is_dropped() {
        assert_eq!(sanitize("abc\u{1b}"), "abc");
        assert_eq!(sanitize("abc\u{1b}["), "abc");
    }
}
