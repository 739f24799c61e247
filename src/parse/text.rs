//! Small string helpers shared by the extractors: white-space squashing,
//! offset-preserving lower-casing, name capitalisation and the comparison
//! key used to merge repeated mentions inside one report.

/// Whether `c` is white space of any kind, including the zero-width and
/// non-breaking spaces that scraped pages are full of.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}')
}

/// Trims `line` and collapses every run of white space into one ASCII space.
pub fn squash(line: &str) -> String {
    if !needs_squash(line.as_bytes()) {
        return line.to_string();
    }
    let mut out = String::with_capacity(line.len());
    let b = line.as_bytes();
    // The start of the run of non-space chars being read; each run is
    // copied whole, after one space when it is not the first.
    let mut run: Option<usize> = None;
    let mut i = 0;
    while i < b.len() {
        let (space, n) = space_at(line, i);
        if !space {
            run.get_or_insert(i);
        } else if let Some(start) = run.take() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&line[start..i]);
        }
        i += n;
    }
    if let Some(start) = run {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&line[start..]);
    }
    out
}

/// Whether the char at byte `i` of `s` is `is_space`, and its length.
/// Only chars led by bytes C2, E1, E2, E3 or EF can be space outside
/// ASCII; the rest are stepped over without decoding.
fn space_at(s: &str, i: usize) -> (bool, usize) {
    let x = s.as_bytes()[i];
    match x {
        0..=0x7F => (char::from(x).is_whitespace(), 1),
        0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF => {
            let c = s[i..].chars().next().unwrap_or(' ');
            (is_space(c), c.len_utf8())
        }
        0x80..=0xDF => (false, 2),
        0xE0..=0xEF => (false, 3),
        _ => (false, 4),
    }
}

static DOUBLE_SPACE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"  "));

/// Whether `b` has leading, trailing, doubled or non-ASCII white space,
/// judged on bytes (the common case: none, so `squash` just copies).
fn needs_squash(b: &[u8]) -> bool {
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return true;
    }
    // Control characters are gone after loading (see `load`); tabs and form
    // feeds may remain.
    if DOUBLE_SPACE.find(b).is_some() || memchr::memchr3(b'\t', 0x0B, 0x0C, b).is_some() {
        return true;
    }
    let at = |k: usize| b.get(k).copied().unwrap_or(0);
    memchr::memchr3_iter(0xC2, 0xE2, 0xE3, b)
        .chain(memchr::memchr_iter(0xEF, b))
        .any(|i| match b[i] {
            0xC2 => matches!(at(i + 1), 0x85 | 0xA0 | 0xAD),
            0xE2 => matches!(
                (at(i + 1), at(i + 2)),
                (0x80, 0x80..=0x8F | 0xA8 | 0xA9 | 0xAF) | (0x81, 0x9F | 0xA0)
            ),
            0xE3 => at(i + 1) == 0x80 && at(i + 2) == 0x80,
            _ => at(i + 1) == 0xBB && at(i + 2) == 0xBF,
        })
}

/// Cases of the two-byte letters led by C3 to C6 (Latin-1 and Latin
/// Extended-A, with "ơ" and "ư"): `true` for a capital, `None` for a char
/// left to the Unicode tables. At `(lead - C3) * 64` plus the low six bits
/// of the second byte. A look-up instead of a `match`: which arm a
/// Vietnamese letter would take is unpredictable, and a mispredicted jump
/// costs more than a load.
static LATIN: [Option<bool>; 256] = latin_cases();

#[allow(clippy::match_same_arms)]
const fn latin_cases() -> [Option<bool>; 256] {
    let mut t = [None; 256];
    let mut k = 0;
    while k < 256 {
        let x = 0xC3 + (k / 64) as u8;
        let y = 0x80 + (k % 64) as u8;
        t[k] = match (x, y) {
            (0xC3, 0x80..=0x96 | 0x98..=0x9E) => Some(true),
            (0xC3, 0x9F..=0xB6 | 0xB8..=0xBF) => Some(false),
            (0xC4, 0x80..=0xAF | 0xB2..=0xB7) | (0xC5, 0x8A..=0xB7) => Some(y.is_multiple_of(2)),
            (0xC6, 0xA0 | 0xAF) => Some(true),
            (0xC6, 0xA1 | 0xB0) => Some(false),
            _ => None,
        };
        k += 1;
    }
    t
}

/// Whether the char of lead byte `x` (C3 to C6) and second byte `y` is a
/// capital letter (`Some(true)`), a small one (`Some(false)`), or left to
/// the Unicode tables (`None`, also for any other lead byte).
#[inline]
pub fn latin_case(x: u8, y: u8) -> Option<bool> {
    if !(0xC3..=0xC6).contains(&x) {
        return None;
    }
    // The second byte of a valid char is 80 to BF: its low six bits tell it.
    LATIN[usize::from(x - 0xC3) * 64 + usize::from(y & 0x3F)]
}

/// A substring looked for in every line of every report: its searcher is
/// built once, on first use, and shared, since building one costs more
/// than searching a line with it.
pub struct Needle {
    text: &'static str,
    finder: std::sync::OnceLock<memchr::memmem::Finder<'static>>,
}

impl Needle {
    /// The needle `text`; nothing is built until the first search.
    pub const fn new(text: &'static str) -> Needle {
        Needle {
            text,
            finder: std::sync::OnceLock::new(),
        }
    }

    /// The needle itself.
    pub const fn as_str(&self) -> &'static str {
        self.text
    }

    fn finder(&self) -> &memchr::memmem::Finder<'static> {
        self.finder
            .get_or_init(|| memchr::memmem::Finder::new(self.text.as_bytes()))
    }

    /// The byte offset of the first occurrence in `hay`.
    pub fn find(&self, hay: &str) -> Option<usize> {
        self.finder().find(hay.as_bytes())
    }

    /// The byte offset of the last occurrence in `hay`. The shared forward
    /// searcher tells at once most haystacks that lack the needle; only one
    /// that holds it is searched backward.
    pub fn rfind(&self, hay: &str) -> Option<usize> {
        self.find(hay)?;
        hay.rfind(self.text)
    }

    /// The byte offsets of every occurrence in `hay`, left to right.
    pub fn find_iter<'h>(&'h self, hay: &'h str) -> impl Iterator<Item = usize> + 'h {
        self.finder().find_iter(hay.as_bytes())
    }
}

/// ". ", which ends most sentences: looked for in every paragraph by
/// several rules.
pub static STOP: Needle = Needle::new(". ");

/// ", ", which parts clauses, titles and places: looked for in every
/// sentence that may name an organizer.
pub static COMMA: Needle = Needle::new(", ");

/// Lower-cases `s` char by char, keeping a char whose lower case has another
/// UTF-8 length, so that byte offsets in the result match those in `s`.
pub fn lower_same(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    lower_same_into(s, &mut out);
    out
}

/// `lower_same` into `out`, which is cleared first (a buffer reused line
/// after line).
#[allow(clippy::match_same_arms, clippy::many_single_char_names)]
pub fn lower_same_into(s: &str, out: &mut String) {
    out.clear();
    out.push_str(s);
    out.make_ascii_lowercase();
    if s.is_ascii() {
        return;
    }
    // Capitals outside ASCII are few (a word's first letter): find them on
    // the bytes, then rewrite each in place with a char of the same length.
    let b = s.as_bytes();
    let mut buf = [0u8; 4];
    let mut i = 0;
    while i < b.len() {
        let at = |k: usize| b.get(i + k).copied().unwrap_or(0);
        // Most bytes are ASCII or inside a char.
        if b[i] < 0xC0 {
            i += 1;
            continue;
        }
        let capital = match b[i] {
            0xC3..=0xC6 => latin_case(b[i], at(1)) == Some(true),
            0xE1 if matches!(at(1), 0xBA | 0xBB) => at(2) % 2 == 0,
            0xC0..=0xC2 | 0xE1 | 0xE2 => false,
            _ => s[i..].chars().next().is_some_and(char::is_uppercase),
        };
        if capital {
            if let Some(c) = s[i..].chars().next() {
                let l = lower_char(c);
                if l != c {
                    out.replace_range(i..i + c.len_utf8(), l.encode_utf8(&mut buf));
                }
            }
        }
        // Past the char's trailing bytes, which no look above needs.
        i += utf8_len(b[i]);
    }
}

/// The UTF-8 length of the char whose first byte is `lead` (at least 2
/// there: ASCII and trailing bytes are stepped over one by one).
#[inline]
fn utf8_len(lead: u8) -> usize {
    match lead {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        _ => 2,
    }
}

/// The lower case of one char when it has the same UTF-8 length, with fast
/// paths for ASCII and the Latin blocks Vietnamese is written in.
// Arms are grouped by Unicode block, not by what they yield.
#[allow(clippy::match_same_arms)]
pub fn lower_char(c: char) -> char {
    let u = c as u32;
    let fast = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => Some(u + 0x20),
        0..=0x7F | 0xDF..=0xFF => Some(u),
        // Latin Extended-A pairs (Đ/đ, Ă/ă, Ĩ/ĩ, Ũ/ũ …) and Vietnamese
        // Latin Extended Additional (Ạ/ạ … Ỹ/ỹ): capital even, small odd.
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 | 0x1EA0..=0x1EF9 => Some(u | 1),
        0x1A0 | 0x1AF => Some(u + 1),
        0x1A1 | 0x1B0 | 0x300..=0x36F => Some(u),
        _ => None,
    };
    if let Some(l) = fast.and_then(char::from_u32) {
        return l;
    }
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
        _ => c,
    }
}

/// Whether `c` is a letter, with fast paths for ASCII and Vietnamese.
pub fn is_letter(c: char) -> bool {
    match c as u32 {
        0x41..=0x5A | 0x61..=0x7A => true,
        0..=0x7F | 0xD7 | 0xF7 | 0x2000..=0x206F => false,
        0xC0..=0x24F | 0x1E00..=0x1EFF => true,
        _ => c.is_alphabetic(),
    }
}

/// Whether `c` is a capital (`char::is_uppercase`), without the Unicode
/// table look-up for ASCII and the letters Vietnamese uses.
pub fn is_upper(c: char) -> bool {
    let u = c as u32;
    match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x1A0 | 0x1AF => true,
        0..=0x7F | 0xDF..=0xFF | 0x1A1 | 0x1B0 => false,
        // Latin Extended-A pairs and Latin Extended Additional: capital
        // even, small odd (as `lower_char` has them).
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 | 0x1E00..=0x1E95 | 0x1EA0..=0x1EFF => {
            u.is_multiple_of(2)
        }
        _ => c.is_uppercase(),
    }
}

/// Whether `s` holds at least two capitals ("UBND", "TƯ"; "Tư" is a name).
pub fn has_capitals(s: &str) -> bool {
    s.chars().filter(|&c| is_upper(c)).nth(1).is_some()
}

/// Whether `c` is a letter or a digit, fast for ASCII and Vietnamese.
pub fn is_alnum(c: char) -> bool {
    c.is_ascii_digit()
        || is_letter(c)
        || (!c.is_ascii() && !(0x2000..=0x206F).contains(&(c as u32)) && c.is_numeric())
}

/// Whether `w` has a capital right after a small letter ("`TinMoiPlus`",
/// "`TmP`"): no Vietnamese word has, so a brand, a logo's text or two
/// words run together.
pub fn capital_after_small(w: &str) -> bool {
    w.chars()
        .zip(w.chars().skip(1))
        .any(|(a, b)| a.is_lowercase() && b.is_uppercase())
}

/// Whether the Latin word `w` has a capital right after a small letter,
/// as "John `McCain`" has; a word written all in capitals has none.
pub fn inner_capital(w: &str) -> bool {
    w.is_ascii()
        && w.as_bytes()
            .windows(2)
            .any(|p| p[0].is_ascii_lowercase() && p[1].is_ascii_uppercase())
}

/// Capitalises each syllable of a name: "lê trí VŨ" -> "Lê Trí Vũ";
/// "H'hen" keeps a capital after the apostrophe ("H'Hen").
pub fn capitalize_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let lao = name.contains('-') && name.split(' ').any(lao_word);
    for (k, word) in name.split(' ').filter(|w| !w.is_empty()).enumerate() {
        if k > 0 {
            out.push(' ');
        }
        // "Mohammed VI": a regnal number keeps its capitals.
        // "NiekSaVuon": a foreign name glued into one word keeps the
        // capitals that mark its syllables.
        // "John `McCain`": a foreign family name with a
        // capital inside keeps it.
        if (k > 0 && (super::names::regnal_number(word) || inner_capital(word)))
            || super::names::camel_glued(word)
        {
            out.push_str(word);
            continue;
        }
        // "Faisal bin Hamad", "Maria da Costa": a foreign name's links stay
        // small.
        if k > 0 && super::names::name_particle(word) {
            out.push_str(word);
            continue;
        }
        let mut upper_next = true;
        let mut keep_next = false;
        for c in word.chars() {
            // Most letters of a name are ASCII: their case needs no
            // look-up in the Unicode tables.
            if keep_next && !upper_next {
                out.push(c);
            } else if c.is_ascii() {
                out.push(if upper_next {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                });
            } else if upper_next {
                out.extend(c.to_uppercase());
            } else {
                out.extend(c.to_lowercase());
            }
            // "Oh-Sae-Hyun" capitalises every syllable; a Lao name written
            // the Vietnamese way, with marks, only each word's first
            // ("Bun-thoong Chít-ma-ni"), so its syllables keep their case.
            // Initials ("L.H.Q.") are each a capital.
            upper_next = matches!(c, '\'' | '’' | '.') || (c == '-' && !lao);
            keep_next = c == '-' && lao;
        }
    }
    out
}

/// A word with marks whose syllables after dashes are written in lower
/// case, as Lao and Khmer names are in Vietnamese ("Chít-ma-ni").
fn lao_word(w: &str) -> bool {
    !w.is_ascii()
        && w.contains('-')
        && w.split('-')
            .skip(1)
            .all(|p| p.chars().next().is_some_and(char::is_lowercase))
}

/// `squash`, borrowing `s` when it needs no change.
pub fn squash_cow(s: &str) -> std::borrow::Cow<'_, str> {
    if needs_squash(s.as_bytes()) {
        std::borrow::Cow::Owned(squash(s))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// The readable key under which two spellings of a word, title or place
/// are the same (word lists, places): lower case, new-style tone placement ("uỷ" = "ủy",
/// "hoà" = "hòa"), single spaces, no trailing punctuation.
pub fn same_key(s: &str) -> String {
    let lower = lower_same(&squash_cow(s));
    let mut out = if may_move_tone(&lower) {
        move_tones(&lower)
    } else {
        lower
    };
    let trimmed = out.trim_end_matches(['.', ',', ';', ':']).len();
    out.truncate(trimmed);
    out
}

/// Whether an old-style tone may need moving: 'a', 'e' or 'y' right after
/// a toned 'o' or 'u'. Most names and titles have none, and skip the
/// char-by-char rewrite.
pub(crate) fn may_move_tone(lower: &str) -> bool {
    memchr::memchr3_iter(b'a', b'e', b'y', lower.as_bytes()).any(|i| {
        // `i` is an ASCII letter, so a char boundary.
        let prev = lower[..i].chars().next_back();
        prev.is_some_and(|c| matches!(c, 'ò' | 'ó' | 'ỏ' | 'õ' | 'ọ' | 'ù' | 'ú' | 'ủ' | 'ũ' | 'ụ'))
    })
}

/// `lower` with the tone of each word-final "oa", "oe", "uy" on its second vowel.
fn move_tones(lower: &str) -> String {
    let mut out = String::with_capacity(lower.len());
    let mut chars = lower.chars().peekable();
    while let Some(c) = chars.next() {
        let Some(&n) = chars.peek() else {
            out.push(c);
            break;
        };
        let word_end = chars.clone().nth(1).is_none_or(|a| !is_letter(a));
        match move_tone(c, n).filter(|_| word_end) {
            Some((base, toned)) => {
                out.push(base);
                out.push(toned);
                chars.next();
            }
            None => out.push(c),
        }
    }
    out
}

/// Old-style tone placement on the first vowel of "oa", "oe", "uy" at a
/// word's end, moved to the second vowel.
fn move_tone(a: char, b: char) -> Option<(char, char)> {
    const O: [(char, usize); 5] = [('ò', 0), ('ó', 1), ('ỏ', 2), ('õ', 3), ('ọ', 4)];
    const U: [(char, usize); 5] = [('ù', 0), ('ú', 1), ('ủ', 2), ('ũ', 3), ('ụ', 4)];
    const A: [char; 5] = ['à', 'á', 'ả', 'ã', 'ạ'];
    const E: [char; 5] = ['è', 'é', 'ẻ', 'ẽ', 'ẹ'];
    const Y: [char; 5] = ['ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'];
    let tone = |table: &[(char, usize); 5]| table.iter().find(|(c, _)| *c == a).map(|t| t.1);
    match b {
        'a' => tone(&O).map(|t| ('o', A[t])),
        'e' => tone(&O).map(|t| ('o', E[t])),
        'y' => tone(&U).map(|t| ('u', Y[t])),
        _ => None,
    }
}

/// Calls `f` with `words` joined by single spaces. A phrase probed in a
/// word list for every run of words of a line is built on the stack, as
/// a fresh `String` per probe costs more than the look-up; only a phrase
/// longer than the buffer (longer than any listed one) uses the heap.
pub fn with_joined<R>(words: &[&str], f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 128];
    let mut len = 0;
    for (k, w) in words.iter().enumerate() {
        let gap = usize::from(k > 0);
        let end = len + gap + w.len();
        if end > buf.len() {
            return f(&words.join(" "));
        }
        buf[len] = b' ';
        buf[len + gap..end].copy_from_slice(w.as_bytes());
        len = end;
    }
    // Whole chars and spaces were copied: the bytes are UTF-8.
    f(std::str::from_utf8(&buf[..len]).unwrap_or_default())
}

/// Number of words in `s`, a squashed line (single spaces, trimmed).
pub fn word_count(s: &str) -> usize {
    if s.is_empty() {
        return 0;
    }
    // Counted 32 bytes at a time in a byte-wide counter, which the
    // compiler turns into a few vector instructions per block (a plain
    // `filter().count()` widens every byte to 64 bits first).
    let mut blocks = s.as_bytes().chunks_exact(32);
    let mut spaces: usize = (&mut blocks)
        .map(|c| usize::from(c.iter().fold(0u8, |n, &b| n + u8::from(b == b' '))))
        .sum();
    // At most 31 bytes: a plain count; no crate (bytecount) for that.
    #[allow(clippy::naive_bytecount)]
    let rest = blocks.remainder().iter().filter(|&&b| b == b' ').count();
    spaces += rest;
    spaces + 1
}

/// `word_count(s).min(most)`, read only as far as the `most`-th word: a
/// paragraph asked whether it is short is told by its opening.
pub fn word_count_to(s: &str, most: usize) -> usize {
    if s.is_empty() {
        return 0;
    }
    let mut spaces = 0;
    let mut blocks = s.as_bytes().chunks_exact(32);
    for c in &mut blocks {
        spaces += usize::from(c.iter().fold(0u8, |n, &b| n + u8::from(b == b' ')));
        if spaces + 1 >= most {
            return most;
        }
    }
    #[allow(clippy::naive_bytecount)]
    let rest = blocks.remainder().iter().filter(|&&b| b == b' ').count();
    (spaces + rest + 1).min(most)
}

/// Number of words of `s` between spaces, however many spaces stand
/// between them or around them (`s.split(' ')` less its empty pieces),
/// counted on the bytes: every line of every page is asked.
pub fn words_between_spaces(s: &str) -> usize {
    words_between_spaces_to(s, usize::MAX)
}

/// `words_between_spaces(s).min(most)`, read only as far as the
/// `most`-th word (a search for each space costs more than the bytes of a
/// short word).
pub fn words_between_spaces_to(s: &str, most: usize) -> usize {
    let mut n = 0;
    let mut after_space = true;
    for &b in s.as_bytes() {
        let space = b == b' ';
        if !space && after_space {
            n += 1;
            if n == most {
                break;
            }
        }
        after_space = space;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_counted_to_a_bound_are_the_count_up_to_it() {
        let long = "Sáng 3/7, Đảng ủy xã Tân Lập tổ chức hội nghị. ".repeat(12);
        for s in [
            "",
            "a",
            " a ",
            "Tin  tức",
            long.as_str(),
            &long[..long.floor_char_boundary(100)],
        ] {
            for most in [0, 1, 4, 12, 31, 200] {
                assert_eq!(
                    word_count_to(s, most),
                    word_count(s).min(most),
                    "{s:?} {most}"
                );
            }
        }
    }

    #[test]
    fn words_are_joined_on_the_stack_as_join_joins_them() {
        let long = "dân vận ".repeat(20);
        for words in [
            vec![],
            vec!["phó", "chủ", "tịch"],
            vec!["", "a", ""],
            vec![long.as_str(), "khéo"],
        ] {
            assert_eq!(with_joined(&words, str::to_string), words.join(" "));
        }
    }

    #[test]
    fn words_between_spaces_skips_empty_pieces() {
        for s in ["", " ", "a", "  a  b ", "Tin mới  Tin 24h", "ảnh  đẹp "] {
            let split = s.split(' ').filter(|w| !w.is_empty()).count();
            assert_eq!(words_between_spaces(s), split, "{s:?}");
        }
    }

    #[test]
    fn squash_collapses_odd_spaces() {
        assert_eq!(squash("  a\u{00A0}\u{00A0}b\t c\u{200B} "), "a b c");
        // Every char that `is_space` knows, between letters of all lengths,
        // as a char-by-char squash reads them.
        for c in ('\0'..='\u{FFFF}').filter(|&c| is_space(c)) {
            let s = format!(" {c}ấ{c}{c}x\u{10348}{c}Ω {c}");
            let words: Vec<&str> = s.split(is_space).filter(|w| !w.is_empty()).collect();
            assert_eq!(squash(&s), words.join(" "), "{:X}", c as u32);
        }
        for odd in [
            "a\u{2003}b",
            "a\u{3000}b",
            "a\u{FEFF}b",
            "a\u{202F}b",
            "a  b",
            "a\tb",
        ] {
            assert_eq!(squash(odd), "a b", "{odd:?}");
        }
        assert_eq!(squash("Đồng chí – Bí thư"), "Đồng chí – Bí thư");
        assert_eq!(squash("a\u{205F}b"), "a b");
    }

    #[test]
    fn fast_lower_case_agrees_with_the_standard_library() {
        let all = "AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXYÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ";
        for c in all
            .chars()
            .chain(all.to_lowercase().chars())
            .chain("ÆØÞ×ßİΣЖ".chars())
        {
            let std: String = c.to_lowercase().collect();
            let want = if std.chars().count() == 1 && std.len() == c.len_utf8() {
                std
            } else {
                c.to_string()
            };
            assert_eq!(lower_char(c).to_string(), want, "{c}");
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c}");
            let s = format!("x{c}Y");
            assert_eq!(lower_same(&s), format!("x{}y", lower_char(c)), "{c}");
        }
    }

    #[test]
    fn lower_same_keeps_offsets() {
        let s = "Đồng Chí ỦY";
        assert_eq!(lower_same(s).len(), s.len());
        assert_eq!(lower_same(s), "đồng chí ủy");
    }

    #[test]
    fn names_get_a_capital_per_syllable() {
        assert_eq!(capitalize_name("Lê trí Vũ"), "Lê Trí Vũ");
        assert_eq!(capitalize_name("NGUYỄN VĂN AN"), "Nguyễn Văn An");
        // A foreign family name with a capital inside keeps it.
        assert_eq!(capitalize_name("john McCain"), "John McCain");
        assert_eq!(capitalize_name("Ron DeSantis"), "Ron DeSantis");
        assert_eq!(capitalize_name("JOHN MCCAIN"), "John Mccain");
        assert_eq!(capitalize_name("h'hen niê"), "H'Hen Niê");
    }

    #[test]
    fn is_upper_is_is_uppercase() {
        for c in (0..=0x0010_FFFF).filter_map(char::from_u32) {
            assert_eq!(is_upper(c), c.is_uppercase(), "{:X}", c as u32);
        }
        assert!(has_capitals("UBND") && has_capitals("TƯ") && has_capitals("CT.HĐND"));
        assert!(!has_capitals("Tư") && !has_capitals("Ủy") && !has_capitals(""));
    }

    #[test]
    fn is_letter_is_is_alphabetic() {
        for c in (0..=0x0010_FFFF).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{:X}", c as u32);
        }
    }

    #[test]
    fn words_are_counted_across_blocks() {
        assert_eq!(word_count(""), 0);
        for n in 1..80 {
            let s = vec!["dân vận"; n].join(" ");
            assert_eq!(word_count(&s), 2 * n, "{n}");
        }
    }

    #[test]
    fn same_key_ignores_case_and_old_tone_placement() {
        assert_eq!(same_key("Tỉnh uỷ"), same_key("tỉnh ủy"));
        assert_eq!(same_key("Hoà  Bình"), same_key("hòa bình"));
        assert_ne!(same_key("Hùng"), same_key("Hưng"));
        // Only at a word's end: "thuyết" keeps its letters.
        assert_eq!(same_key("thuyết"), "thuyết");
    }
}
