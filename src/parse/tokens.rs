//! Splits one paragraph into words and punctuation, with byte offsets into
//! both the paragraph and its offset-preserving lower-case copy. The people
//! extractor walks these tokens instead of running regexes per line.

use super::text::is_alnum;
use super::text::latin_case;
use super::text::lower_char;
use super::vocab;

/// One word or punctuation mark of a paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tok {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
    /// For words: the first letter is upper case. For punctuation: false.
    pub cap: bool,
    /// A word (letters, digits, inner joiners), not punctuation.
    pub word: bool,
    /// Index of the sentence the token belongs to.
    pub sentence: u32,
    /// How many words, this one the last, run up to here each one byte
    /// after the one before (0 for punctuation; at most `u16::MAX`).
    pub run: u16,
    /// What the word lists say about the word.
    pub info: vocab::Info,
}

/// A paragraph with its lower-case copy and tokens.
pub struct Tokens<'a> {
    /// The paragraph as written.
    pub text: &'a str,
    /// The paragraph in lower case, with the same byte offsets.
    pub lower: String,
    /// Its words and punctuation, in order.
    pub toks: Vec<Tok>,
    /// Title spans already read, by start token (see `title_span`).
    spans: SpanMemo,
    /// Where names end, by start token and strength (see `name_memo`).
    name_ends: std::cell::RefCell<Vec<u32>>,
    /// The lengths of offices, by start token (see `head_memo`).
    heads: std::cell::RefCell<Vec<u32>>,
    /// The lengths of organs' names, by start token (see `organ_memo`).
    organs: std::cell::RefCell<Vec<u32>>,
}

/// The answer `read` gives for `slot` of `slots`, remembered in `memo`
/// (`UNREAD` until asked, `NO_SPAN` for no answer); read each time when
/// the slot is out of range or too many for the marks.
fn remembered(
    memo: &std::cell::RefCell<Vec<u32>>,
    slots: usize,
    slot: usize,
    read: impl FnOnce() -> Option<usize>,
) -> Option<usize> {
    if slot >= slots || slots >= NO_SPAN as usize {
        return read();
    }
    match memo.borrow().get(slot) {
        Some(&NO_SPAN) => return None,
        Some(&UNREAD) | None => {}
        Some(&answer) => return Some(answer as usize),
    }
    let found = read();
    // An answer too large for a mark is read again next time.
    let mark = found.map_or(Some(NO_SPAN), |n| {
        u32::try_from(n).ok().filter(|&n| n < NO_SPAN)
    });
    if let Some(mark) = mark {
        let mut memo = memo.borrow_mut();
        if memo.is_empty() {
            memo.resize(slots, UNREAD);
        }
        memo[slot] = mark;
    }
    found
}

/// What `titles::title_span` answered at each token of a paragraph: the
/// people rules ask again at the same token many times (a scan's step, a
/// chain of posts, the posts after a name), and the answer depends on the
/// tokens alone.
#[derive(Default)]
struct SpanMemo(std::cell::RefCell<Vec<SpanSlot>>);

/// One token's remembered span, `UNREAD` until asked.
#[derive(Clone, Copy)]
struct SpanSlot {
    head: u32,
    end: u32,
}

/// A slot not asked yet; `NO_SPAN` is a span asked for and not found.
const UNREAD: u32 = u32::MAX;
const NO_SPAN: u32 = u32::MAX - 1;

/// A mark the tokenizer keeps for a word joined by an apostrophe, until
/// `ethnic_apostrophe` says whether it opens a name (beside `DOTTED`, so
/// any bit that is not that one).
const APOSTROPHE: u16 = vocab::flag::FAMILY;

/// A mark the tokenizer keeps for a word joined by a dash, until
/// `vocab::is_dashed_office` says whether it is abbreviations of a post
/// ("UV-BTV"): any bit but `DOTTED` and `APOSTROPHE`.
const DASHED: u16 = vocab::flag::ABBREV;

/// Whether `word` opens with one or two capitals and an apostrophe, as
/// ethnic-minority names do ("H'Ngọc", "R'Com", "K'Bốp").
fn ethnic_apostrophe(word: &str) -> bool {
    // Most words hold no apostrophe: tell them on the bytes.
    let b = word.as_bytes();
    if !b.iter().take(6).any(|&x| x == b'\'' || x == 0xE2) {
        return false;
    }
    let mut cs = word.chars();
    let (Some(a), Some(b)) = (cs.next(), cs.next()) else {
        return false;
    };
    let apostrophe = |c: char| c == '\'' || c == '’';
    let rest_starts = |mut r: std::str::Chars| r.next().is_some_and(char::is_alphabetic);
    // The peoples themselves are no one's name.
    let people = ["h'mông", "m'nông", "k'ho", "h're", "h’mông", "m’nông"];
    a.is_uppercase()
        && (apostrophe(b) && rest_starts(cs.clone())
            || b.is_alphabetic() && cs.next().is_some_and(apostrophe) && rest_starts(cs))
        && !people.iter().any(|p| word.to_lowercase() == *p)
}

/// Abbreviations whose full stop does not end a sentence ("TP. Huế").
const ABBREV: &[&str] = &[
    "tp", "ts", "ths", "gs", "pgs", "bs", "ks", "ls", "đ/c", "th.s",
];

/// What the char at a byte offset is, for the tokenizer.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Space,
    Word { upper: bool },
    Other,
}

/// Classes of the ASCII chars.
static ASCII: [Class; 128] = ascii_classes();

const fn ascii_classes() -> [Class; 128] {
    let mut t = [Class::Other; 128];
    let mut x = 0;
    while x < 128 {
        t[x as usize] = match x {
            b'A'..=b'Z' => Class::Word { upper: true },
            b'a'..=b'z' | b'0'..=b'9' => Class::Word { upper: false },
            b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C => Class::Space,
            _ => Class::Other,
        };
        x += 1;
    }
    t
}

/// Class and UTF-8 length of the char at byte `i`, with fast paths on the
/// bytes of ASCII and of the letters Vietnamese uses.
// This runs once per char of every paragraph, so it is always inlined.
#[allow(clippy::inline_always)]
#[inline(always)]
fn class_at(text: &str, i: usize) -> (Class, usize) {
    let b = text.as_bytes();
    let Some(&x) = b.get(i) else {
        return (Class::Space, 1);
    };
    // ASCII first, without touching the next byte.
    if x.is_ascii() {
        return (ASCII[usize::from(x)], 1);
    }
    let at = |k: usize| b.get(i + k).copied().unwrap_or(0);
    match x {
        0xC3..=0xC6 => {
            if let Some(upper) = latin_case(x, at(1)) {
                return (Class::Word { upper }, 2);
            }
        }
        // Combining marks.
        0xCC | 0xCD => return (Class::Word { upper: false }, 2),
        // Latin Extended Additional from U+1EA0: the toned vowels, capital
        // at even code points.
        0xE1 if at(2) >= 0x80 && (at(1) == 0xBB || (at(1) == 0xBA && at(2) >= 0xA0)) => {
            return (
                Class::Word {
                    upper: at(2) % 2 == 0,
                },
                3,
            );
        }
        _ => {}
    }
    let c = text.get(i..).and_then(|r| r.chars().next()).unwrap_or(' ');
    let class = if is_alnum(c) {
        Class::Word {
            upper: c.is_uppercase(),
        }
    } else if c.is_whitespace() {
        Class::Space
    } else {
        Class::Other
    };
    (class, c.len_utf8())
}

/// The UTF-8 length of the char at byte `i` when `class_at` reads it
/// on a fast path as a small letter or a combining mark outside ASCII.
#[allow(clippy::inline_always)]
#[inline(always)]
fn small_letter_len(b: &[u8], i: usize) -> Option<usize> {
    let at = |k: usize| b.get(i + k).copied().unwrap_or(0);
    match at(0) {
        x @ 0xC3..=0xC6 => (latin_case(x, at(1)) == Some(false)).then_some(2),
        0xCC | 0xCD => Some(2),
        0xE1 if at(2) >= 0x80
            && at(2) % 2 == 1
            && (at(1) == 0xBB || (at(1) == 0xBA && at(2) >= 0xA0)) =>
        {
            Some(3)
        }
        _ => None,
    }
}

/// Whether the punctuation at byte `i` (of length `n`) joins the word
/// before it, which starts at `start`, to the word after it: "13-7",
/// "446-QĐ/TU", "92,96", "Baonghean.vn", "H'Mông", "NN&PTNT", and the
/// dotted abbreviations "T.Ư", "TP.HCM", "PGS.TS" (a short word of capitals,
/// a dot, a capital: a sentence never ends that way).
fn joins(text: &str, start: usize, i: usize, n: usize) -> bool {
    let b = text.as_bytes();
    let next = class_at(text, i + n).0;
    let next_word = matches!(next, Class::Word { .. });
    match &text[i..i + n] {
        // "Huỳnh Thị Thùy Dung-UVBTV": a name glued to a title by a dash;
        // "Phó Chủ tịch-Tổng Thư ký": two offices glued by one.
        // "Phan Văn An-cựu Phó Chánh Văn phòng": a name glued to the
        // modifier of its post; "Mác-Lê-nin", "Xô-viết" stay whole.
        // "Chủ tịch UBND xã Hà Tam-cho biết": a dash typed against the
        // verb of saying closes the aside of a post; "Ê-đê", "Gia-rai"
        // stay whole.
        // "TUV-Bí thư Huyện ủy", "UVBTV-Trưởng ban Dân vận": a post
        // written short glued by a dash to the next post written out is
        // two posts of a chain, as "TUV - Bí thư" is.
        "-" => {
            next_word
                && !(has_small(text, start, i)
                    && (next == Class::Word { upper: true }
                        || modifier_at(text, i + n)
                        || says_at(text, i + n)))
                && !(next == Class::Word { upper: true }
                    && word_with_small_at(text, i + n)
                    && office_abbrev_before(text, start, i))
                && !member_then_office(text, start, i, i + n)
        }
        // "TUV/Chủ tịch UBND tỉnh", "Phó Bí thư/Chủ tịch UBND xã": posts
        // of a chain typed against a slash, as "Phó Bí thư / Chủ tịch" is
        // with spaces; "446-QĐ/TU", "Đ/c", "xã/phường" stay whole.
        "/" => {
            next_word
                && !(next == Class::Word { upper: true }
                    && word_with_small_at(text, i + n)
                    && (has_small(text, start, i) || office_abbrev_before(text, start, i))
                    && office_at(text, i + n))
        }
        "'" | "’" | "&" => next_word,
        "." => {
            next == Class::Word { upper: false }
                || (next == Class::Word { upper: true }
                    && capitals(text, start, i)
                    && !monk_rank(text, start, i))
        }
        "," => i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit),
        _ => false,
    }
}

/// Whether the word at byte `at` has a small letter after its first, as a
/// word written out has ("Bí", "Trưởng"; not "BTV").
fn word_with_small_at(text: &str, at: usize) -> bool {
    text.get(at..)
        .unwrap_or("")
        .chars()
        .nth(1)
        .is_some_and(char::is_lowercase)
}

/// Whether `text[start..end]`, all capitals, is a post written short: an
/// office's abbreviation ("TUV", "UVBTV") or such abbreviations dashed
/// together ("UV-BTV"). Read only at a dash between capitals and a word
/// written out, so the lower-case copy is rare.
fn office_abbrev_before(text: &str, start: usize, end: usize) -> bool {
    let Some(word) = text.get(start..end) else {
        return false;
    };
    if word.is_empty() || has_small(text, start, end) {
        return false;
    }
    let lower = word.to_lowercase();
    vocab::is_office_abbrev(&lower) || vocab::is_dashed_office(&lower)
}

/// Whether `text[start..end]` is a member's whole post written short and
/// the word at `at` an office written short: "HUV-PCT UBMTTQVN huyện" is
/// two posts of a chain, as "HUV - PCT" is, while "UV-BTV" (Ủy viên Ban
/// Thường vụ) stays one. Read only at a dash after capitals.
fn member_then_office(text: &str, start: usize, end: usize, at: usize) -> bool {
    let Some(word) = text.get(start..end) else {
        return false;
    };
    if !(2..=6).contains(&word.len()) || has_small(text, start, end) {
        return false;
    }
    let rest = text.get(at..).unwrap_or("");
    let next_len = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    let next = &rest[..next_len];
    !next.is_empty()
        && !next.chars().any(char::is_lowercase)
        && vocab::is_whole_member_abbrev(&word.to_lowercase())
        && vocab::is_office_abbrev(&next.to_lowercase())
}

/// Whether an office or a rank opens the text at byte `at` ("Chủ tịch",
/// "Phó Bí thư", "Đại tá"), one to four words ending at a word's end.
fn office_at(text: &str, at: usize) -> bool {
    let rest = text.get(at..).unwrap_or("");
    let mut end = 0;
    for _ in 0..4 {
        let word_end = rest[end..]
            .find(|c: char| !c.is_alphabetic())
            .map_or(rest.len(), |k| end + k);
        if word_end == end {
            return false;
        }
        if vocab::is_head(&rest[..word_end].to_lowercase()) {
            return true;
        }
        if !rest[word_end..].starts_with(' ') {
            return false;
        }
        end = word_end + 1;
    }
    false
}

/// Whether a verb of saying ("cho biết", "chia sẻ") opens the text at byte
/// `at`, ending at a word's end.
fn says_at(text: &str, at: usize) -> bool {
    let rest = text.get(at..).unwrap_or("");
    super::people::SAYS.iter().any(|verb| {
        rest.strip_prefix(verb)
            .is_some_and(|after| !after.starts_with(char::is_alphanumeric))
    })
}

/// Whether a modifier of an office ("cựu", "nguyên", "quyền") is the word
/// at byte `at`.
fn modifier_at(text: &str, at: usize) -> bool {
    let rest = text.get(at..).unwrap_or("");
    let end = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    vocab::is_pre_modifier(&rest[..end])
}

/// Whether `text[start..end]` is a rank written short before a name with
/// no space after its full stop ("TT.Thích Từ Vân", "HT.Thạch Sóc",
/// "ĐĐ.Danh Lưu"): the rank and the name are two words. The word after
/// it has small letters, as a name has; "PGS.TS" joins two ranks.
fn monk_rank(text: &str, start: usize, end: usize) -> bool {
    text.get(end + 1..).is_some_and(|rest| {
        rest.chars()
            .take_while(|c| c.is_alphabetic())
            .any(char::is_lowercase)
    }) && text
        .get(start..end)
        .is_some_and(|w| vocab::is_dotted_rank(&w.to_lowercase()))
}

/// Whether `text[start..end]` has small letters ("Dung", "tịch"), unlike
/// an abbreviation joined by a dash ("LĐ-TB&XH").
fn has_small(text: &str, start: usize, end: usize) -> bool {
    let w = text.get(start..end).unwrap_or("");
    w.chars().any(char::is_lowercase)
}

/// Whether `text[start..end]` is one to three capital letters, or such
/// letters joined by dots ("T", "TP", "PGS", "PGS.TS" before ".TSKH").
fn capitals(text: &str, start: usize, end: usize) -> bool {
    let Some(w) = text.get(start..end) else {
        return false;
    };
    w.split('.').all(|p| {
        let n = p.chars().count();
        (1..=3).contains(&n) && p.chars().all(char::is_uppercase)
    })
}

impl<'a> Tokens<'a> {
    /// Tokenizes `text` and lower-cases it in the same pass (byte offsets
    /// kept, as `text::lower_same` does); never fails, whatever the input.
    pub fn new(text: &'a str) -> Tokens<'a> {
        let mut lower = text.to_ascii_lowercase();
        let toks = split_words(text, &mut lower);
        Tokens {
            text,
            lower,
            toks,
            spans: SpanMemo::default(),
            name_ends: std::cell::RefCell::default(),
            heads: std::cell::RefCell::default(),
            organs: std::cell::RefCell::default(),
        }
    }

    /// Where `read` says a name starting at token `i` ends (`strong` as
    /// `names::name_end` takes it), read once per paragraph and
    /// remembered: a title's end, a list's item and the scan all ask
    /// whether a name starts at the same token.
    pub fn name_memo(
        &self,
        i: usize,
        strong: bool,
        read: impl FnOnce() -> Option<usize>,
    ) -> Option<usize> {
        let slots = 2 * self.toks.len();
        remembered(&self.name_ends, slots, 2 * i + usize::from(strong), read)
    }

    /// The length `read` gives of an organ's name at token `i` (see
    /// `organs::organ_len`), read once per paragraph and remembered: each
    /// title read across the name asks it again.
    pub fn organ_memo(&self, i: usize, read: impl FnOnce() -> Option<usize>) -> Option<usize> {
        remembered(&self.organs, self.toks.len(), i, read)
    }

    /// The length `read` gives of an office opening at token `i` (see
    /// `titles::head_len`), read once per paragraph and remembered.
    pub fn head_memo(&self, i: usize, read: impl FnOnce() -> Option<usize>) -> Option<usize> {
        remembered(&self.heads, self.toks.len(), i, read)
    }

    /// The span `read` gives at token `i` (with `stop_at_name`), read once
    /// per paragraph and remembered; never called with a `read` that
    /// answers differently for the same tokens.
    pub fn span_memo(
        &self,
        i: usize,
        stop_at_name: bool,
        read: impl FnOnce() -> Option<(usize, usize)>,
    ) -> Option<(usize, usize)> {
        // Only spans that stop at a name are asked often; offsets too large
        // for the slots are read each time.
        if !stop_at_name || i >= self.toks.len() || self.toks.len() >= NO_SPAN as usize {
            return read();
        }
        if let Some(slot) = self.spans.0.borrow().get(i) {
            match slot.head {
                UNREAD => {}
                NO_SPAN => return None,
                head => return Some((head as usize, slot.end as usize)),
            }
        }
        let found = read();
        let mut slots = self.spans.0.borrow_mut();
        if slots.is_empty() {
            slots.resize(
                self.toks.len(),
                SpanSlot {
                    head: UNREAD,
                    end: 0,
                },
            );
        }
        slots[i] = match found {
            Some((head, end)) => SpanSlot {
                head: head as u32,
                end: end as u32,
            },
            None => SpanSlot {
                head: NO_SPAN,
                end: 0,
            },
        };
        found
    }

    /// Lower-case text of token `i` (empty when out of range).
    pub fn low(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &self.lower[t.start..t.end])
    }

    /// Original text of token `i` (empty when out of range).
    pub fn raw(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    /// Whether token `i` is a word starting with a capital letter.
    pub fn is_cap(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.word && t.cap)
    }

    /// Whether token `i` has any of the `vocab::flag` bits in `f`.
    pub fn has(&self, i: usize, f: u16) -> bool {
        self.toks.get(i).is_some_and(|t| t.info.flags & f != 0)
    }

    /// What the word lists say about token `i`.
    pub fn info(&self, i: usize) -> vocab::Info {
        self.toks.get(i).map(|t| t.info).unwrap_or_default()
    }

    /// Whether token `i` is a family name (a weak one only when `strong`).
    pub fn family(&self, i: usize, strong: bool) -> bool {
        self.has(i, vocab::flag::FAMILY) && (strong || !self.has(i, vocab::flag::WEAK_FAMILY))
    }

    /// Whether token `i` is an abbreviation written in capitals ("UBND",
    /// "TƯ"; "Tư" is a given name).
    pub fn is_abbrev(&self, i: usize) -> bool {
        self.has(i, vocab::flag::ABBREV) && super::text::has_capitals(self.raw(i))
    }

    /// Whether token `i` is a word.
    pub fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.word)
    }

    /// Whether token `i` is the punctuation mark `c`.
    pub fn is_punct(&self, i: usize, c: char) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| !t.word && self.text[t.start..].starts_with(c))
    }

    /// Whether token `i` is a dash of any kind used as a separator.
    pub fn is_dash(&self, i: usize) -> bool {
        // A punctuation token is one char.
        self.toks
            .get(i)
            .is_some_and(|t| !t.word && self.text[t.start..].starts_with(['-', '–', '—', '−']))
    }

    /// The lower-case phrase of `n` words from `i`, when they are words
    /// separated by single spaces.
    // Asked millions of times a load, from every rule: the run's answer
    // is inlined, the walk over a longer run is not.
    #[inline]
    pub fn phrase(&self, i: usize, n: usize) -> Option<&str> {
        if n == 0 || i + n > self.toks.len() {
            return None;
        }
        // The run ending at the last word tells at once, unless it is
        // longer than a run can count.
        let last = self.toks[i + n - 1];
        if last.run < u16::MAX {
            return (usize::from(last.run) >= n).then(|| &self.lower[self.toks[i].start..last.end]);
        }
        self.long_phrase(i, n)
    }

    /// How many words, `most` at most and the longest first, of a phrase
    /// of `list` stand at `i` ("thị xã" before "xã").
    pub fn listed_len(&self, i: usize, most: usize, list: &[&str]) -> Option<usize> {
        (1..=most)
            .rev()
            .find(|&n| self.phrase(i, n).is_some_and(|p| list.contains(&p)))
    }

    /// `phrase` past a run longer than `u16::MAX` words.
    #[cold]
    #[inline(never)]
    fn long_phrase(&self, i: usize, n: usize) -> Option<&str> {
        for k in i..i + n {
            let t = self.toks[k];
            if !t.word || (k > i && t.start != self.toks[k - 1].end + 1) {
                return None;
            }
        }
        Some(&self.lower[self.toks[i].start..self.toks[i + n - 1].end])
    }

    /// Original text spanning tokens `i..j`.
    pub fn span(&self, i: usize, j: usize) -> &str {
        if i >= j || j > self.toks.len() {
            return "";
        }
        &self.text[self.toks[i].start..self.toks[j - 1].end]
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// Sentence index of token `i`.
    pub fn sentence(&self, i: usize) -> u32 {
        self.toks.get(i).map_or(u32::MAX, |t| t.sentence)
    }
}

/// The words and punctuation of `text`; each capital outside ASCII is made
/// small in `lower` (`text` with ASCII already lower-cased) where its small
/// letter has the same length.
fn split_words(text: &str, lower: &mut String) -> Vec<Tok> {
    let mut out = Builder {
        text,
        toks: Vec::with_capacity(text.len() / 5),
        sentence: 0,
        end: usize::MAX,
        run: 0,
    };
    let mut buf = [0u8; 4];
    // The word being built: its start offset, whether it is capitalised,
    // and what its joiners were (`DOTTED`, `APOSTROPHE`).
    let mut word: Option<(usize, bool)> = None;
    let mut marks = 0u16;
    let mut i = 0;
    while i < text.len() {
        let (class, n) = class_at(text, i);
        if let Class::Word { upper } = class {
            if upper && n > 1 {
                lower_at(text, i, lower, &mut buf);
            }
            // "ôngNguyễn", "đồng chíLê": stripped markup glued a cue word
            // to a name; the capital starts a word of its own.
            if let Some((start, false)) = word.filter(|_| upper) {
                if glued_at(text, start, i) {
                    out.word(lower, start, i, false, marks);
                    marks = 0;
                    word = None;
                }
            }
            // "Nguyễn Văn Anhđã bổ nhiệm": a page that lost a space glued
            // the next word to a name. "đ" only opens a Vietnamese
            // syllable, so after a letter it opens a word of its own
            // (after a digit it is the currency: "50.000đ").
            if let Some((start, cap)) =
                word.filter(|&(start, _)| !upper && d_after_letter(text, start, i))
            {
                out.word(lower, start, i, cap, marks);
                marks = 0;
                word = None;
            }
            let (_, cap) = *word.get_or_insert((i, upper));
            // Inside a word, digits and small letters change nothing but
            // the position; most of a word's chars are these. A word that
            // opens small stops at a capital, to be looked at above, and
            // any word at a capital outside ASCII, to be lowered.
            i += n;
            let b = text.as_bytes();
            while let Some(&x) = b.get(i) {
                // A small "đ" is looked at above (`d_after_letter`).
                if x == 0xC4 && b.get(i + 1) == Some(&0x91) {
                    break;
                }
                if x.is_ascii_alphanumeric() && (cap || !x.is_ascii_uppercase()) {
                    i += 1;
                } else if let Some(n) = small_letter_len(b, i) {
                    i += n;
                } else {
                    break;
                }
            }
            continue;
        } else if class == Class::Other && word.is_some_and(|(start, _)| joins(text, start, i, n)) {
            marks |= match text.as_bytes()[i] {
                b'.' => vocab::flag::DOTTED,
                b'\'' | 0xE2 => APOSTROPHE,
                b'-' => DASHED,
                _ => 0,
            };
        } else {
            if let Some((start, cap)) = word.take() {
                out.word(lower, start, i, cap, marks);
                marks = 0;
            }
            if class == Class::Other {
                out.punct(lower, i, i + n);
            }
        }
        i += n;
    }
    if let Some((start, cap)) = word {
        out.word(lower, start, text.len(), cap, marks);
    }
    out.toks
}

/// The tokens of a paragraph, each finished as it is split off: its
/// sentence, its run and what the word lists say of it follow from the
/// tokens before it and its own bytes (`lower` is final up to its end by
/// then), so the tokens are read once rather than once per fact.
struct Builder<'t> {
    text: &'t str,
    toks: Vec<Tok>,
    /// Index of the sentence the next token belongs to.
    sentence: u32,
    /// The previous token's end and run (0: punctuation or none).
    end: usize,
    run: u16,
}

impl Builder<'_> {
    // Both run once per token of every paragraph, from the tokenizer's
    // loop: a call there, with the word-list facts passed back packed in
    // registers, costs more than the look-up itself.
    /// Appends the word `start..end`, joined by `marks` (`DOTTED`,
    /// `APOSTROPHE`), with what the word lists say about it.
    #[allow(clippy::inline_always)]
    #[inline(always)]
    fn word(&mut self, lower: &str, start: usize, end: usize, cap: bool, marks: u16) {
        // A run counts the words up to here separated by one byte each.
        self.run = if self.run > 0 && start == self.end.wrapping_add(1) {
            self.run.saturating_add(1)
        } else {
            1
        };
        self.end = end;
        // Numbers and long words are in no word list; skip their look-up.
        let mut info = if end - start <= vocab::LONGEST && !lower.as_bytes()[start].is_ascii_digit()
        {
            vocab::info_at(lower, start, end)
        } else {
            vocab::Info::default()
        };
        // Facts of the written form, told once here rather than at every
        // look at the token: "CT.HĐND" is dotted abbreviations, "H'Ngọc"
        // opens a name.
        if cap {
            info.flags |= marks & vocab::flag::DOTTED;
            // "PGS.TS.NGƯT": listed degrees and honours joined by full
            // stops are one rank, though the lists hold each alone. A word
            // holds a full stop only when one joined it (`DOTTED`).
            if info.head == 0
                && marks & vocab::flag::DOTTED != 0
                && vocab::dotted_ranks(&lower[start..end])
            {
                info.head = 1;
                info.flags |= vocab::flag::RANK;
            }
            if marks & APOSTROPHE != 0 && ethnic_apostrophe(&self.text[start..end]) {
                info.flags |= vocab::flag::FAMILY;
            }
            // "UV-BTV": abbreviations of a post dashed together are one
            // abbreviation, as the dotted "CT.HĐND" is.
            if marks & DASHED != 0 && vocab::is_dashed_office(&lower[start..end]) {
                info.flags |= vocab::flag::ABBREV;
            }
        }
        self.toks.push(Tok {
            start,
            end,
            cap,
            word: true,
            sentence: self.sentence,
            run: self.run,
            info,
        });
    }

    /// Appends the punctuation mark `start..end`. A full stop, '!' or '?'
    /// ends the sentence unless it follows a known abbreviation; the next
    /// token then starts a new one.
    #[allow(clippy::inline_always)]
    #[inline(always)]
    fn punct(&mut self, lower: &str, start: usize, end: usize) {
        let ends = match &lower[start..end] {
            "!" | "?" => true,
            "." | "…" => {
                let prev = self.toks.last().map(|p| &lower[p.start..p.end]);
                !prev.is_some_and(|p| ABBREV.contains(&p))
            }
            _ => false,
        };
        (self.run, self.end) = (0, end);
        self.toks.push(Tok {
            start,
            end,
            cap: false,
            word: false,
            sentence: self.sentence,
            run: 0,
            info: vocab::Info::default(),
        });
        self.sentence += u32::from(ends);
    }
}

/// Whether the capital at byte `i` opens a name glued to the small word
/// `text[start..i]`: two or more letters before it, a small letter right
/// before and right after it ("ôngNguyễn"; not "iPhone" nor "xãUBND").
fn glued_at(text: &str, start: usize, i: usize) -> bool {
    let before = text.get(start..i).unwrap_or("");
    let mut back = before.chars().rev();
    let after = text.get(i..).unwrap_or("").chars().nth(1);
    back.next().is_some_and(char::is_lowercase)
        && back.next().is_some_and(char::is_alphabetic)
        && after.is_some_and(char::is_lowercase)
}

/// Whether byte `i` of `text` is a small "đ" right after a syllable of
/// the word that starts at `start`: no Vietnamese syllable holds one past
/// its first letter. The part before needs a vowel, as a syllable has:
/// an abbreviation ("vđv" of a lower-cased "VĐV") has none.
fn d_after_letter(text: &str, start: usize, i: usize) -> bool {
    let b = text.as_bytes();
    let Some(before) = text.get(start..i) else {
        return false;
    };
    b.get(i) == Some(&0xC4)
        && b.get(i + 1) == Some(&0x91)
        && before.chars().next_back().is_some_and(char::is_alphabetic)
        && before.chars().any(|c| {
            matches!(
                crate::text::fold_lower_char(c),
                'a' | 'e' | 'i' | 'o' | 'u' | 'y'
            )
        })
}

/// Makes the capital at byte `i` of `text` small in `lower` when its small
/// letter has the same length.
fn lower_at(text: &str, i: usize, lower: &mut String, buf: &mut [u8; 4]) {
    let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else {
        return;
    };
    let l = lower_char(c);
    if l != c {
        lower.replace_range(i..i + c.len_utf8(), l.encode_utf8(buf));
    }
}

#[cfg(test)]
mod tests;
