//! Bytes -> text: UTF-8 (with or without BOM), UTF-16 with BOM, legacy
//! Windows-1258 when the bytes are not UTF-8, and a lossy fallback that is
//! always reported. No normalization here (see `sanitize`).

use encoding_rs::{UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1258};

/// The encoding a file was read in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextEncoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    Windows1258,
    /// None of the above fitted: invalid bytes became U+FFFD.
    Lossy,
}

/// Decoded text, the encoding used, and a note when something was lost.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub encoding: TextEncoding,
    /// Why the text is not exactly what the file holds, if it is not.
    pub loss: Option<String>,
}

/// Decodes the bytes of one file. Never fails: what cannot be decoded is
/// replaced by U+FFFD and described in `loss`.
#[must_use]
pub fn decode(bytes: Vec<u8>) -> Decoded {
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, TextEncoding::Utf16Le);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, TextEncoding::Utf16Be);
    }
    let bom = bytes.starts_with(&[0xEF, 0xBB, 0xBF]);
    let mut bytes = bytes;
    if bom {
        bytes.drain(..3);
    }
    // encoding_rs checks UTF-8 an order of magnitude faster than
    // `String::from_utf8` on Vietnamese text (a multi-byte char every few
    // bytes); copying the checked text costs far less than that saves.
    if let Some(text) = UTF_8.decode_without_bom_handling_and_without_replacement(&bytes) {
        return plain(text.into_owned(), TextEncoding::Utf8);
    }
    let (multibyte, invalid) = utf8_counts(&bytes);
    // Genuine Windows-1258 text almost never forms valid multi-byte UTF-8
    // sequences, so a file with more of those than bad ones, or with a BOM,
    // is UTF-8 with some damage.
    if bom || multibyte > invalid {
        return lossy_utf8(&bytes, invalid, "invalid UTF-8");
    }
    let (text, _) = WINDOWS_1258.decode_without_bom_handling(&bytes);
    match judge_1258(&text) {
        Guess::Vietnamese => plain(text.into_owned(), TextEncoding::Windows1258),
        // Readable, but nothing in it is Vietnamese: keep the text, and say
        // the encoding was a guess.
        Guess::Plausible => Decoded {
            text: text.into_owned(),
            encoding: TextEncoding::Windows1258,
            loss: Some("not UTF-8 and no Vietnamese letters; read as Windows-1258".to_string()),
        },
        Guess::Implausible => lossy_utf8(&bytes, invalid, "not UTF-8, UTF-16 or Windows-1258"),
    }
}

/// Text that decoded without loss.
fn plain(text: String, encoding: TextEncoding) -> Decoded {
    Decoded {
        text,
        encoding,
        loss: None,
    }
}

/// UTF-16 after its BOM; malformed units become U+FFFD and are reported.
fn utf16(rest: &[u8], encoding: TextEncoding) -> Decoded {
    let enc = if encoding == TextEncoding::Utf16Le {
        UTF_16LE
    } else {
        UTF_16BE
    };
    let (text, had_errors) = enc.decode_without_bom_handling(rest);
    Decoded {
        text: text.into_owned(),
        encoding,
        loss: had_errors.then(|| "invalid UTF-16 replaced with U+FFFD".to_string()),
    }
}

/// UTF-8 with each invalid sequence replaced by U+FFFD, and why.
fn lossy_utf8(bytes: &[u8], invalid: usize, what: &str) -> Decoded {
    Decoded {
        text: String::from_utf8_lossy(bytes).into_owned(),
        encoding: TextEncoding::Lossy,
        loss: Some(format!(
            "{what}: {invalid} bad byte sequence{} replaced with U+FFFD",
            if invalid == 1 { "" } else { "s" }
        )),
    }
}

/// Counts valid multi-byte UTF-8 characters and invalid sequences.
fn utf8_counts(bytes: &[u8]) -> (usize, usize) {
    let mut multibyte = 0;
    let mut invalid = 0;
    for chunk in bytes.utf8_chunks() {
        multibyte += chunk.valid().bytes().filter(|&b| b >= 0xC0).count();
        if !chunk.invalid().is_empty() {
            invalid += 1;
        }
    }
    (multibyte, invalid)
}

/// How text decoded as Windows-1258 looks.
#[derive(Debug, PartialEq, Eq)]
enum Guess {
    /// Real text with Vietnamese letters or tone marks.
    Vietnamese,
    /// Real text, but no sign of Vietnamese (say, Latin-1 French).
    Plausible,
    /// Bytes of some other encoding.
    Implausible,
}

/// Judges text decoded as Windows-1258. Undefined bytes (decoded as C1
/// controls) rule it out; otherwise at most 5% of the non-ASCII characters
/// may be odd: symbols outside common typography, tone marks not after a
/// letter, or runs of more than four non-ASCII characters (Vietnamese needs
/// at most "ườ" = ư + ơ + mark, while other encodings' multi-byte text runs
/// long). It is Vietnamese when a tenth of them are letters or tone marks
/// only Vietnamese uses.
fn judge_1258(text: &str) -> Guess {
    let (mut non_ascii, mut odd, mut viet, mut run) = (0usize, 0usize, 0usize, 0usize);
    let mut prev_letter = false;
    for c in text.chars() {
        if c.is_ascii() {
            run = 0;
            prev_letter = c.is_ascii_alphabetic();
            continue;
        }
        if ('\u{80}'..='\u{9F}').contains(&c) {
            return Guess::Implausible;
        }
        non_ascii += 1;
        run += 1;
        let mark = ('\u{300}'..='\u{36F}').contains(&c);
        let ok = if mark {
            prev_letter
        } else {
            c.is_alphabetic() || TYPOGRAPHY.contains(c)
        };
        odd += usize::from(!ok || run == 5);
        viet += usize::from(VIETNAMESE.contains(c));
        prev_letter = c.is_alphabetic() || (mark && prev_letter);
    }
    if odd * 20 > non_ascii {
        Guess::Implausible
    } else if viet > 0 && viet * 10 >= non_ascii {
        Guess::Vietnamese
    } else {
        Guess::Plausible
    }
}

/// Letters and tone marks of Windows-1258 that only Vietnamese uses.
const VIETNAMESE: &str = "ăĂâÂđĐêÊôÔơƠưƯ\u{300}\u{301}\u{303}\u{309}\u{323}";

/// Non-letters that Vietnamese text in Windows-1258 commonly holds.
const TYPOGRAPHY: &str = "‘’“”–—…•°«»·€©®™§\u{A0}";

#[cfg(test)]
mod tests {
    use super::*;

    /// Encodes NFD-ish Vietnamese the way Windows-1258 stores it: a base
    /// letter from the code page plus a combining tone mark.
    fn cp1258(s: &str) -> Vec<u8> {
        let (bytes, _, unmappable) = WINDOWS_1258.encode(s);
        assert!(!unmappable, "test text must be encodable");
        bytes.into_owned()
    }

    #[test]
    fn utf8_with_and_without_bom() {
        let d = decode("Hội nghị".as_bytes().to_vec());
        assert_eq!(
            (d.text.as_str(), d.encoding),
            ("Hội nghị", TextEncoding::Utf8)
        );
        let mut b = vec![0xEF, 0xBB, 0xBF];
        b.extend_from_slice("Hội nghị".as_bytes());
        let d = decode(b);
        assert_eq!(d.text, "Hội nghị");
        assert!(d.loss.is_none());
    }

    #[test]
    fn utf16_both_byte_orders() {
        let units: Vec<u16> = "Đồng chí".encode_utf16().collect();
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for u in &units {
            le.extend_from_slice(&u.to_le_bytes());
            be.extend_from_slice(&u.to_be_bytes());
        }
        assert_eq!(decode(le).text, "Đồng chí");
        assert_eq!(decode(be).encoding, TextEncoding::Utf16Be);
    }

    #[test]
    fn windows_1258_with_combining_tones() {
        // "Hô\u{300}i nghi\u{323}" is how 1258 spells "Hội nghị".
        let bytes = cp1258(
            "Đô\u{300}ng chi\u{301} Bu\u{300}i Thi\u{323} Minh Hoa\u{300}i “Dân vâ\u{323}n”",
        );
        let d = decode(bytes);
        assert_eq!(d.encoding, TextEncoding::Windows1258);
        assert!(d.loss.is_none());
        assert!(d.text.starts_with("Đô\u{300}ng"));
    }

    #[test]
    fn damaged_utf8_is_lossy_utf8_not_1258() {
        let mut b = "Đồng chí Bùi Thị Minh Hoài".as_bytes().to_vec();
        b.push(0xFF);
        let d = decode(b);
        assert_eq!(d.encoding, TextEncoding::Lossy);
        assert!(d.text.starts_with("Đồng chí Bùi"));
        assert!(d.text.ends_with('\u{FFFD}'));
        assert!(d.loss.is_some());
    }

    #[test]
    fn undefined_1258_bytes_are_lossy_with_a_note() {
        let d = decode(vec![b'a', 0x81, b'b', 0x8D, 0x8E, b'c']);
        assert_eq!(d.encoding, TextEncoding::Lossy);
        assert!(d.loss.unwrap().contains("Windows-1258"));
    }

    #[test]
    fn legacy_text_without_vietnamese_is_read_with_a_note() {
        let d = decode(b"caf\xe9 cr\xe8me br\xfbl\xe9e".to_vec());
        assert_eq!(d.text, "café crème brûlée");
        assert!(d.loss.unwrap().contains("Windows-1258"));
        let d = decode(b"plain text and one stray \xff byte".to_vec());
        assert!(d.loss.is_some(), "a stray byte is never silent");
    }

    #[test]
    fn symbol_soup_is_not_1258() {
        // Shift-JIS-like pairs of high bytes decode to runs of symbols.
        let b: Vec<u8> = (0..200).map(|i| [0xA4, 0xB3, 0xBE, 0xA8][i % 4]).collect();
        assert_eq!(decode(b).encoding, TextEncoding::Lossy);
    }
}
