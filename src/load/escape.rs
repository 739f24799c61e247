//! Terminal escape sequences, recognized so they can be dropped whole:
//! CSI (`ESC [` … final), OSC/DCS/SOS/PM/APC strings (ended by BEL or ST),
//! short `ESC` sequences, and their C1 forms. Used only by `sanitize`.

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
pub(super) fn skip_escape<I: Iterator<Item = char>>(
    intro: char,
    chars: &mut std::iter::Peekable<I>,
) -> bool {
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
