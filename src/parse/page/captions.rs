//! Photo captions left among the article's paragraphs, told by their
//! shape: a line that says who or what a photo shows and what they do in
//! it ("Đồng chí A phát biểu chỉ đạo đại hội", "Quang cảnh hội nghị.",
//! "Ông A (bìa trái) trao quà …", "Ảnh 2. Các đại biểu dự lễ."). They are
//! taken out of the article text and kept as the report's captions, whose
//! people are still read. A paragraph that tells something (a tense, a
//! reason, a quotation, a list) is never one, however short. The words
//! are data (`assets/lexicon/captions.txt`).

use super::{body_like, echo_share, ends_sentence, starts_with_time, words_of};
use crate::parse::clean::bare_vietnamese;
use crate::parse::lexicon::{self, spellings};
use crate::parse::lookup::{Map, Set};
use crate::parse::text::{
    is_letter, is_upper, latin_case, lower_same, with_joined, word_count, word_count_to,
};
use crate::parse::vocab;
use std::sync::LazyLock;

/// What a word of the caption list is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// Opens a caption with who it shows ("các đại biểu", "đồng chí").
    Subject,
    /// Opens a caption that needs no verb ("quang cảnh").
    Scene,
    /// What someone does in a photo ("phát biểu", "trao", "tại").
    Act,
    /// Tense and reasoning words of a paragraph ("đã", "cho biết").
    Narrative,
    /// A word of a place in the photo ("thứ", "từ", "bìa").
    Position,
    /// A side of the photo ("trái", "phải", "giữa").
    Side,
    /// A unit of the land a photo's place is in ("xã", "thôn", "buôn").
    Unit,
}

/// Every phrase of the list, in both spellings, with its kind.
static WORDS: LazyLock<Map<String, Kind>> = LazyLock::new(|| {
    let mut m = Map::default();
    for (w, marker) in lexicon::entries(lexicon::CAPTIONS) {
        let kind = match marker {
            "subject" => Kind::Subject,
            "scene" => Kind::Scene,
            "act" => Kind::Act,
            "narrative" => Kind::Narrative,
            "side" => Kind::Side,
            "unit" => Kind::Unit,
            _ => Kind::Position,
        };
        for s in spellings(w) {
            m.insert(s, kind);
        }
    }
    m
});

/// The first word of every phrase of the list: most words open none, and
/// one look-up of the word tells so before any phrase is joined.
static FIRST: LazyLock<Set<&'static str>> = LazyLock::new(|| {
    WORDS
        .keys()
        .filter_map(|phrase| phrase.split(' ').next())
        .collect()
});

/// The most words in a phrase of the list.
const LONGEST: usize = 4;

/// The kind of the phrase `words` make, if listed.
fn kind_of(words: &[&str]) -> Option<Kind> {
    with_joined(words, |phrase| WORDS.get(phrase).copied())
}

/// Whether some phrase of `kind` stands in `words`, as whole words, and
/// not as the end of a longer phrase of another kind ("khi" tells a
/// story, "trước khi" only places the photo in time).
fn holds(words: &[&str], kind: Kind) -> bool {
    (0..words.len()).any(|i| {
        FIRST.contains(words[i])
            && (1..=LONGEST.min(words.len() - i)).any(|n| {
                kind_of(&words[i..i + n]) == Some(kind)
                    && !(1..=i.min(LONGEST - n))
                        .any(|back| kind_of(&words[i - back..i + n]).is_some_and(|k| k != kind))
            })
    })
}

/// How sure the shape of a line makes it a caption.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Shape {
    /// Article text.
    Text,
    /// Caption words alone: a caption between paragraphs, or under the
    /// headline above the lead.
    Worded,
    /// Vietnamese with no diacritics: a caption among paragraphs written
    /// with them.
    Unmarked,
    /// A scene and its place with no verb of a paragraph ("Mô hình trồng
    /// rau sạch tại xã Tân Lập"): a caption only between paragraphs, as a
    /// subheading may look the same above them.
    Placed,
    /// A caption whatever stands around it: a place in the photo in
    /// brackets, or a photo's number before it ("Ảnh 1. …").
    Marked,
}

impl Shape {
    /// Whether the shape alone, wherever the line stands, reads as a
    /// caption: a placed scene may open the page as its headline.
    pub(super) fn alone(self) -> bool {
        matches!(self, Shape::Worded | Shape::Marked | Shape::Unmarked)
    }
}

/// Whether a line is only a photo's scene ("Quang cảnh phiên trù bị",
/// "Toàn cảnh hội nghị"): a scene word opens it, a few words name what
/// the photo shows, and no word of a paragraph tells a story.
pub(crate) fn scene_only(line: &str) -> bool {
    let lower = lower_same(line);
    let words: Vec<&str> = lower
        .split_whitespace()
        .map(|w| w.trim_end_matches(['.', ',', ':']))
        .collect();
    words.len() <= 8
        && (1..=3.min(words.len())).any(|n| kind_of(&words[..n]) == Some(Kind::Scene))
        && !holds(&words, Kind::Narrative)
}

/// Where someone stands in a photo, in brackets: "(bìa trái)", "(thứ hai
/// từ phải sang)", "(hàng đầu, thứ 7 từ trái sang)", "(giữa)".
pub(crate) fn position_note(lower: &str) -> bool {
    lower.match_indices('(').any(|(at, _)| {
        let Some(len) = lower[at + 1..].find(')') else {
            return false;
        };
        let inner: Vec<&str> = lower[at + 1..at + 1 + len]
            .split([' ', ','])
            .filter(|w| !w.is_empty())
            .collect();
        let kinds: Vec<Option<Kind>> = inner
            .iter()
            .map(|w| {
                if w.bytes().all(|b| b.is_ascii_digit()) {
                    Some(Kind::Position)
                } else {
                    WORDS.get(*w).copied()
                }
            })
            .collect();
        (1..=8).contains(&inner.len())
            && kinds.contains(&Some(Kind::Side))
            && kinds
                .iter()
                .all(|k| matches!(k, Some(Kind::Side | Kind::Position)))
    })
}

/// "Ảnh 1. …", "Hình 2: …": a photo's number opening its caption.
fn numbered_photo(lower: &str) -> bool {
    let Some(rest) = lower
        .strip_prefix("ảnh ")
        .or_else(|| lower.strip_prefix("hình "))
    else {
        return false;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits)
        && rest[digits..].starts_with(['.', ':'])
        && word_count(&rest[digits + 1..]) >= 2
}

/// The caption words of `lower`, split at every mark: runs of letters
/// (`is_letter`) and ASCII digits.
// Asked of most lines of every page, several times: the bytes of ASCII
// and of the letters Vietnamese uses are told without decoding a char,
// and the words are gathered into a vector sized for them at once.
fn caption_words(lower: &str) -> Vec<&str> {
    let b = lower.as_bytes();
    let mut words = Vec::with_capacity(b.len() / 4 + 1);
    let mut start = None;
    let mut i = 0;
    while i < b.len() {
        let (keeps, n) = word_char_at(lower, i);
        match (keeps, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push(&lower[s..i]);
                start = None;
            }
            _ => {}
        }
        i += n;
    }
    if let Some(s) = start {
        words.push(&lower[s..]);
    }
    words
}

/// Whether the char at byte `i` of `s` (a char boundary) belongs to a
/// caption word (a letter or an ASCII digit), and its UTF-8 length.
fn word_char_at(s: &str, i: usize) -> (bool, usize) {
    let b = s.as_bytes();
    let at = |k: usize| b.get(i + k).copied().unwrap_or(0);
    match at(0) {
        x if x.is_ascii() => (x.is_ascii_alphanumeric(), 1),
        // U+00C0 to U+01BF: letters but for "×" (C3 97) and "÷" (C3 B7).
        0xC3 => (!matches!(at(1), 0x97 | 0xB7), 2),
        0xC4..=0xC6 => (true, 2),
        // U+1E00 to U+1EFF, Latin Extended Additional: letters.
        0xE1 if matches!(at(1), 0xB8..=0xBB) => (true, 3),
        _ => s[i..]
            .chars()
            .next()
            .map_or((false, 1), |c| (is_letter(c), c.len_utf8())),
    }
}

/// The kind of the longest listed phrase opening `words`: "Đoàn Chủ
/// tịch" is a scene, "Đoàn" alone a subject.
fn opener(words: &[&str]) -> Option<Kind> {
    if !words.first().is_some_and(|w| FIRST.contains(w)) {
        return None;
    }
    (1..=LONGEST.min(words.len()))
        .rev()
        .find_map(|k| kind_of(&words[..k]))
}

/// Whether `line` opens with who or what a photo shows ("Đồng chí A …",
/// "Các đại biểu …", "Quang cảnh …"), as a caption does and a headline
/// seldom.
pub(super) fn opens_with_subject(line: &str) -> bool {
    let lower = lower_same(line);
    let words = caption_words(&lower);
    matches!(opener(&words), Some(Kind::Subject | Kind::Scene))
}

/// "Ảnh: Đồng chí A trình bày báo cáo …": a caption under its label,
/// opening with who or what the photo shows. A credit under the same
/// label names its photographer ("Ảnh: Thu Hà"), no subject or office.
fn labelled_photo(lower: &str) -> bool {
    let Some(rest) = lower.strip_prefix("ảnh:") else {
        return false;
    };
    let words = caption_words(rest);
    let opener = opener(&words);
    words.len() >= 4
        && (matches!(opener, Some(Kind::Subject | Kind::Scene)) || opens_with_office(&words))
        && !holds(&words, Kind::Narrative)
}

/// A scene alone, its full stop after it ("Quang cảnh đại hội."): no lead
/// is that short, so under the headline it is the photo's caption.
fn bare_scene(line: &str) -> bool {
    let lower = lower_same(line);
    let words = caption_words(&lower);
    words.len() <= 8
        && (1..=LONGEST.min(words.len())).any(|k| kind_of(&words[..k]) == Some(Kind::Scene))
}

/// Most words of a portrait's caption naming its people by their offices.
const MAX_OFFICES_NAMED: usize = 25;

/// A portrait's caption naming whom it shows by their offices and names,
/// and nothing they do, with no full stop ("Nguyên Chủ tịch nước Lê Văn
/// A và Bộ trưởng Bộ Nội vụ Trần Văn B"): no paragraph names people and
/// says nothing of them.
fn offices_named(line: &str, words: &[&str]) -> bool {
    if ends_sentence(line) || !(4..=MAX_OFFICES_NAMED).contains(&words.len()) {
        return false;
    }
    let last: Vec<&str> = line.split(' ').rev().take(2).collect();
    let named = last.len() == 2
        && last
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(is_letter));
    named && opens_with_office(words) && !holds(words, Kind::Act)
}

/// Whether `words` open with an office or a rank ("Tổng Bí thư …", "Phó
/// Chủ tịch UBND tỉnh …", "Đại tá …").
pub(super) fn opens_with_office(words: &[&str]) -> bool {
    // "Nguyên Tổng Bí thư …", "Quyền Bí thư Tỉnh ủy …": a former or an
    // acting holder is named by the office as well.
    let words = match words {
        [first, rest @ ..] if matches!(*first, "nguyên" | "quyền") => rest,
        _ => words,
    };
    // Most first words open no office: ask before joining any phrase.
    if words
        .first()
        .is_none_or(|w| vocab::info_at(w, 0, w.len()).head == 0)
    {
        return false;
    }
    (1..=words.len().min(4)).any(|n| with_joined(&words[..n], vocab::is_head))
}

/// The shape of one body line.
pub(super) fn shape(line: &str) -> Shape {
    // "Đ/c: A - Chủ tịch UBND xã phát biểu": the comrade abbreviated,
    // often with a colon that would read as a quotation's.
    let spelled;
    let line = match comrade_abbreviated(line) {
        Some(rest) => {
            spelled = format!("Đồng chí {rest}");
            spelled.as_str()
        }
        None => line,
    };
    // Only the counts up to 41 words tell here.
    let n = word_count_to(line, 41);
    if !(2..=40).contains(&n) || !line.starts_with(char::is_uppercase) {
        return Shape::Text;
    }
    let lower = lower_same(line);
    // "Ảnh 1: Quang cảnh …": the number's colon opens no quotation.
    if labelled_photo(&lower) || numbered_photo(&lower) {
        return Shape::Marked;
    }
    // A quotation, a list's heading or a line that asks or exclaims tells
    // something.
    let told = line.ends_with([':', '!', '?', ';']) || line.contains(';') || lower.contains(": ");
    // A name in quotes ("phong trào "Dân vận khéo"") is no quotation.
    let quoted = line.contains(['"', '“', '”']);
    if told || (quoted && !quoted_names(line)) {
        return Shape::Text;
    }
    if position_note(&lower) {
        return Shape::Marked;
    }
    // A photo's caption typed without diacritics ("Hoi nghi gap mat gia
    // lang nam 2024"), often its file's name: `mark` takes it only among
    // paragraphs that have their marks.
    if bare_vietnamese(line) {
        return Shape::Unmarked;
    }
    let words = caption_words(&lower);
    // A caption is a line or two under the photo: one with its full stop
    // runs shorter than one without, though an office and the name of a
    // body given a gift may take it to thirty words, and a guest's chain
    // of three offices before what they do, or the award given and who
    // receives it, with no stop, to forty.
    let short = n <= if ends_sentence(line) { 30 } else { 40 };
    if !short && (n > 40 || !chained_act(line)) {
        return Shape::Text;
    }
    if quoted {
        return if placed_scene(line, &words) && !holds(&words, Kind::Narrative) {
            Shape::Placed
        } else {
            Shape::Text
        };
    }
    // The cheap tests first: most lines open with no caption word, and
    // the look-up of every phrase for a narrative word is the dearest.
    let opener = opener(&words);
    let shown = match opener {
        Some(Kind::Scene) => true,
        Some(Kind::Subject) => holds(&words[1..], Kind::Act) || portrait(line, &lower),
        _ => opens_with_office(&words) && holds(&words[1..], Kind::Act),
    };
    let placed = || {
        placed_scene(line, &words)
            || act_on_named(line, &words)
            || event_named(line)
            || names_only(line)
            || offices_named(line, &words)
    };
    if !shown && !placed() || holds(&words, Kind::Narrative) {
        Shape::Text
    } else if shown {
        Shape::Worded
    } else {
        Shape::Placed
    }
}

/// Most words after the last office of a chain: the office's body (a
/// National Assembly delegation names its province: "Trưởng Đoàn đại biểu
/// Quốc hội đơn vị tỉnh …") and what its holder does in the photo.
const MAX_CHAIN_TAIL: usize = 20;

/// A guest named with a chain of offices parted by commas, the act in the
/// last short clause ("Đồng chí A, Ủy viên …, Phó Bí thư …, Bí thư Đảng ủy
/// … chủ trì hội nghị."): the chain makes the caption long, not a story,
/// so it may run to forty words even with its full stop. A chain of two
/// offices ("Đồng chí A, Phó Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội
/// tỉnh tặng hoa …") must show its first office after the guest's name.
fn chained_act(line: &str) -> bool {
    let Some((chain, tail)) = line.rsplit_once(", ") else {
        return false;
    };
    let tail_words = word_count(tail);
    if !(3..=MAX_CHAIN_TAIL).contains(&tail_words) {
        return false;
    }
    let offices = match chain.split_once(", ") {
        None => return false,
        Some((guest, office)) if !office.contains(", ") => {
            let guest = lower_same(guest);
            let office = lower_same(office);
            opener(&caption_words(&guest)) == Some(Kind::Subject)
                && opens_with_office(&caption_words(&office))
        }
        Some(_) => true,
    };
    let lower = lower_same(tail);
    let words = caption_words(&lower);
    offices && opens_with_office(&words) && holds(&words[1..], Kind::Act)
}

/// A caption glued to the text after it, the space between them lost
/// ("Các đại biểu dự hội nghịPhát biểu kết luận, đồng chí A …"): the
/// caption and the rest, where a small letter meets a capital inside a
/// word and what stands before reads as a caption. A brand written so
/// (`VietinBank`) ends no caption.
pub(super) fn glued_caption(line: &str) -> Option<(&str, &str)> {
    // This runs on every line: told on the bytes, a small letter ends in
    // an ASCII one or a byte inside a char, a capital starts with an ASCII
    // one or a lead byte, and only such a pair is read as chars.
    let b = line.as_bytes();
    // The caption has three to thirty words and the line is squashed
    // (one space between words): the glue lies past its second space and
    // before its thirtieth, so a paragraph is read only that far.
    let from = nth_space(b, 1)? + 1;
    let to = nth_space(b, 29).unwrap_or(b.len());
    // Each byte's class looked up once, the one before it carried over.
    let mut before = GLUE_BYTES[usize::from(b[from - 1])];
    for (k, &x) in b[from..to].iter().enumerate() {
        let class = GLUE_BYTES[usize::from(x)];
        let pair = before == MAY_END_SMALL && class == MAY_START_CAPITAL;
        before = class;
        let at = from + k;
        if !(pair && capital_at(line, at)) {
            continue;
        }
        if !line[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_lowercase)
        {
            continue;
        }
        let (caption, rest) = line.split_at(at);
        if (3..=30).contains(&word_count_to(caption, 31))
            && word_count_to(rest, 4) >= 4
            && matches!(shape(caption), Shape::Worded | Shape::Marked)
        {
            return Some((caption, rest));
        }
    }
    None
}

/// A byte that may end a small letter: an ASCII one, or a byte inside a
/// char.
const MAY_END_SMALL: u8 = 1;
/// A byte that may start a capital: an ASCII one, or a char's lead byte.
const MAY_START_CAPITAL: u8 = 2;

/// `MAY_END_SMALL`, `MAY_START_CAPITAL` or 0 for each byte: the glue
/// `glued_caption` looks for is a pair of the two, told by a load per byte
/// rather than range tests on both bytes of every pair.
static GLUE_BYTES: [u8; 256] = glue_bytes();

const fn glue_bytes() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut x = 0;
    while x < 256 {
        let b = x as u8;
        t[x] = if b.is_ascii_lowercase() || matches!(b, 0x80..=0xBF) {
            MAY_END_SMALL
        } else if b.is_ascii_uppercase() || b >= 0xC0 {
            MAY_START_CAPITAL
        } else {
            0
        };
        x += 1;
    }
    t
}

/// Where the space of `b` after `n` others stands: spaces counted 32
/// bytes at a time (a few vector instructions a block), then only the
/// block that holds it read byte by byte. Every line is asked twice, and
/// a search per space cost more than the line's bytes.
fn nth_space(b: &[u8], n: usize) -> Option<usize> {
    let mut left = n;
    let mut start = 0;
    for block in b.chunks(32) {
        let count = usize::from(block.iter().fold(0u8, |k, &x| k + u8::from(x == b' ')));
        if count > left {
            return block
                .iter()
                .enumerate()
                .filter(|&(_, &x)| x == b' ')
                .nth(left)
                .map(|(k, _)| start + k);
        }
        left -= count;
        start += block.len();
    }
    None
}

/// Whether a capital (`char::is_uppercase`) starts at byte `at` of
/// `line`, a char boundary: the letters Vietnamese uses are told on their
/// bytes, as the tokenizer tells them, and only other chars are decoded.
fn capital_at(line: &str, at: usize) -> bool {
    let b = line.as_bytes();
    let byte = |k: usize| b.get(at + k).copied().unwrap_or(0);
    let decoded = || line[at..].chars().next().is_some_and(is_upper);
    match byte(0) {
        x if x.is_ascii() => x.is_ascii_uppercase(),
        x @ 0xC3..=0xC6 => latin_case(x, byte(1)).unwrap_or_else(decoded),
        // Latin Extended Additional from U+1EA0: capitals at even points.
        0xE1 if byte(1) == 0xBB || (byte(1) == 0xBA && byte(2) >= 0xA0) => byte(2) % 2 == 0,
        _ => decoded(),
    }
}

/// What follows "Đ/c" or "Đ/c:" opening a line, if it does.
fn comrade_abbreviated(line: &str) -> Option<&str> {
    let rest = line
        .strip_prefix("Đ/c")
        .or_else(|| line.strip_prefix("đ/c"))?;
    let rest = rest.strip_prefix(':').unwrap_or(rest);
    rest.starts_with(' ').then(|| rest.trim_start())
}

/// A short sentence with no story in it: a photo's caption when it
/// stands right under the photo's name. A line with no full stop there
/// may be a subheading.
pub(super) fn note_shape(line: &str) -> bool {
    let lower = lower_same(line);
    line.starts_with(char::is_uppercase)
        && (2..=20).contains(&word_count(line))
        && line.ends_with('.')
        && !holds(&caption_words(&lower), Kind::Narrative)
}

/// A line that says who does what, with no full stop and no story
/// ("Đảng ủy xã Tân Lập trao quà cho các hộ nghèo"): right above the gap
/// a photo left (blank lines where the image stood) or under the photo's
/// name, the photo's caption, whoever opens it. A paragraph there ends
/// its sentence, a heading or a byline names no act.
pub(super) fn act_unstopped(line: &str) -> bool {
    let n = word_count(line);
    if !(5..=40).contains(&n)
        || ends_sentence(line)
        || !line.starts_with(char::is_uppercase)
        || !line.chars().any(char::is_lowercase)
        || line.ends_with([':', ',', ';', '!', '?'])
        || line.contains(['"', '“', '”'])
    {
        return false;
    }
    let lower = lower_same(line);
    let words = caption_words(&lower);
    holds(&words, Kind::Act) && !holds(&words, Kind::Narrative)
}

/// A line that names who a photo shows first, then what they do, in one
/// sentence with its full stop and no story ("Ông A, Phó Bí thư Tỉnh ủy
/// trao quyết định và tặng hoa chúc mừng bà B."): right under a photo's
/// name, the photo's caption, however long the titles make it. A
/// paragraph there tells more, in more sentences, or opens with the act
/// ("Tham dự đại hội có 110 đại biểu.").
pub(super) fn act_stopped(line: &str) -> bool {
    let n = word_count(line);
    if !(5..=40).contains(&n)
        || !line.ends_with('.')
        || !line.starts_with(char::is_uppercase)
        || line.contains(['"', '“', '”', ':', ';'])
        || super::sentence_end(line).is_some()
    {
        return false;
    }
    let lower = lower_same(line);
    let words = caption_words(&lower);
    (opener(&words) == Some(Kind::Subject) || opens_with_office(&words))
        && holds(&words, Kind::Act)
        && !holds(&words, Kind::Narrative)
}

/// Whether every span in quotes in `line` is a short name: at most six
/// words, opening with a capital.
fn quoted_names(line: &str) -> bool {
    line.split(['"', '“', '”'])
        .skip(1)
        .step_by(2)
        .all(|q| (1..=6).contains(&word_count(q)) && q.starts_with(char::is_uppercase))
}

/// A scene and where it is, with no full stop: eight words or more, then
/// "tại" or "ở", then units and their capitalised names to the end ("Lễ ra
/// quân chiến dịch … tại thị trấn Hòa Bình", "Mô hình nuôi bò … ở thôn 4,
/// xã Tân Lập").
fn placed_scene(line: &str, words: &[&str]) -> bool {
    if ends_sentence(line) {
        return false;
    }
    let Some(at) = words.iter().rposition(|w| *w == "tại" || *w == "ở") else {
        return false;
    };
    // A subheading naming a place runs short ("Dấu ấn tại xã Tân Lập");
    // a caption says what the photo shows first.
    if at < 8 {
        return false;
    }
    let cased: Vec<&str> = line
        .split(|c: char| !is_letter(c) && !c.is_ascii_digit())
        .filter(|w| !w.is_empty())
        .collect();
    if cased.len() != words.len() {
        return false;
    }
    let capitalised = |w: &str| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    let mut i = at + 1;
    while i < words.len() {
        let Some(unit) =
            (1..=3.min(words.len() - i)).find(|&n| kind_of(&words[i..i + n]) == Some(Kind::Unit))
        else {
            return false;
        };
        i += unit;
        let names = cased[i..].iter().take_while(|w| capitalised(w)).count();
        if names == 0 {
            return false;
        }
        i += names;
    }
    i > at + 1
}

/// The events a photo may show by their name alone.
static HELD_EVENTS: LazyLock<Vec<String>> = LazyLock::new(|| {
    lexicon::words(lexicon::HELD_EVENTS)
        .flat_map(spellings)
        .collect()
});

/// Lower-case words an event's name holds besides capitalised ones: its
/// number, its term and the units of the land its body serves.
const EVENT_NAME_WORDS: &[&str] = &[
    "thứ",
    "lần",
    "nhiệm",
    "kỳ",
    "kì",
    "khóa",
    "khoá",
    "năm",
    "đại",
    "biểu",
    "xã",
    "phường",
    "thị",
    "trấn",
    "huyện",
    "quận",
    "tỉnh",
    "thành",
    "phố",
    "đặc",
    "khu",
    "thôn",
    "bản",
    "ấp",
];

/// An event named and nothing more, with no full stop ("Kỳ họp thứ Nhất
/// HĐND xã Tân Lập, nhiệm kỳ 2021 – 2026", "Đại hội đại biểu Đảng bộ huyện
/// Hòa An lần thứ XX"): no verb says what happens, so between paragraphs it
/// is the photo's caption.
fn event_named(line: &str) -> bool {
    if ends_sentence(line) {
        return false;
    }
    let line = held_on_day(line).unwrap_or(line);
    let lower = lower_same(line);
    let Some(rest) = HELD_EVENTS.iter().find_map(|e| {
        lower
            .strip_prefix(e.as_str())
            .filter(|r| r.starts_with(' '))
    }) else {
        return false;
    };
    let cased: Vec<&str> = line[line.len() - rest.len()..]
        .split(|c: char| !is_letter(c) && !c.is_ascii_digit())
        .filter(|w| !w.is_empty())
        .collect();
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    let named = cased
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count()
        >= 2;
    named
        && word_count(line) >= 5
        && cased.iter().enumerate().all(|(k, w)| {
            capital(w)
                || EVENT_NAME_WORDS.contains(&lower_same(w).as_str())
                // "Đảng bộ", "Hội đồng": the second syllable of a name.
                || k > 0 && cased[k - 1].starts_with(char::is_uppercase)
        })
}

/// A body and its place and nothing else, with its full stop ("Đảng bộ
/// phường Tân Lập, TP HCM.", "Ủy ban MTTQ Việt Nam xã Tân Lập."): no
/// paragraph is a sentence with no verb, so between paragraphs it is the
/// photo's caption.
fn names_only(line: &str) -> bool {
    let Some(text) = line.strip_suffix('.') else {
        return false;
    };
    let cased: Vec<&str> = text
        .split(|c: char| !is_letter(c) && !c.is_ascii_digit())
        .filter(|w| !w.is_empty())
        .collect();
    // An event's name with its stop may be a one-line report; only the
    // name of a body is kept from the article.
    let lower = lower_same(text);
    if HELD_EVENTS.iter().any(|e| lower.starts_with(e.as_str())) {
        return false;
    }
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    (3..=12).contains(&cased.len())
        && !text.contains([':', ';', '(', '"', '“'])
        && cased.iter().filter(|w| capital(w)).count() * 2 > cased.len()
        && cased.iter().enumerate().all(|(k, w)| {
            capital(w)
                || EVENT_NAME_WORDS.contains(&lower_same(w).as_str())
                || k > 0 && capital(cased[k - 1])
        })
}

/// The event's name of a line that only adds the day it took place:
/// "Hội nghị Ban Chấp hành Đảng bộ xã Tân Lập diễn ra vào ngày 31-12"
/// (also "diễn ra sáng 31/12", "diễn ra ngày 31.12"). Where it was held
/// or how it went tells more than a photo shows.
fn held_on_day(line: &str) -> Option<&str> {
    let (event, when) = line.rsplit_once(" diễn ra ")?;
    let mut words: Vec<&str> = when.split(' ').collect();
    let day = words.pop()?;
    let dated = day.contains(['-', '/', '.'])
        && day
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | '/' | '.'));
    let lead_in = words
        .iter()
        .all(|w| matches!(*w, "vào" | "ngày" | "sáng" | "chiều" | "tối" | "trưa"));
    (dated && lead_in && words.len() <= 3).then_some(event)
}

/// What the photo shows done to a person it names, the act first and the
/// person last, with no full stop ("Thăm hỏi đồng chí nguyên Chủ tịch Ủy
/// ban MTTQ tỉnh Lê Văn An", "Trao quà cho ông Trần Văn Bình"): a caption
/// only between paragraphs, as a subheading may open with an act too,
/// though it seldom ends on someone's name.
fn act_on_named(line: &str, words: &[&str]) -> bool {
    const HONORIFICS: &[&[&str]] = &[&["đồng", "chí"], &["ông"], &["bà"]];
    if ends_sentence(line) || words.first().and_then(|w| kind_of(&[w])) != Some(Kind::Act) {
        return false;
    }
    let honoured = (1..=3).any(|at| {
        HONORIFICS
            .iter()
            .any(|h| words.get(at..at + h.len()) == Some(*h))
    });
    let last: Vec<&str> = line.split(' ').rev().take(2).collect();
    let named = last.len() == 2
        && last
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(is_letter));
    honoured && named
}

/// A portrait's caption: an honorific, a name, maybe the person's office
/// after a comma or a dash (a chain of a central leader's offices runs to twenty
/// words), and nothing else ("Ông Trần Văn An, Bí thư Đảng ủy
/// phường.", "Đối tượng Lê Văn Bình").
fn portrait(line: &str, lower: &str) -> bool {
    const HONORIFICS: &[&str] = &[
        "ông ",
        "bà ",
        "đồng chí ",
        "đối tượng ",
        // A dignitary of a religion is called by the rank of the order.
        "hòa thượng ",
        "hoà thượng ",
        "thượng tọa ",
        "linh mục ",
        "mục sư ",
    ];
    let Some(h) = HONORIFICS.iter().find(|h| lower.starts_with(*h)) else {
        return false;
    };
    let rest = line[h.len()..].trim_end_matches('.');
    // "Đồng chí A - Chủ tịch Hội Cựu chiến binh xã": a dash may part them.
    let (name, office) = rest
        .split_once(", ")
        .or_else(|| rest.split_once(" - "))
        .or_else(|| rest.split_once(" – "))
        .unwrap_or((rest, ""));
    let name_words: Vec<&str> = name.split(' ').collect();
    let named = (2..=4).contains(&name_words.len())
        && name_words.iter().all(|w| w.starts_with(char::is_uppercase));
    let office_words: Vec<String> = lower_same(office)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    let office_words: Vec<&str> = office_words.iter().map(String::as_str).collect();
    named && (office.is_empty() || (office_words.len() <= 20 && opens_with_office(&office_words)))
}

/// Most words of a caption that only restates the paragraphs around it.
const MAX_ECHOED_CAPTION: usize = 16;

/// A short line between two paragraphs that says what a photo shows in
/// the words of the text around it: an act first ("Bàn giao nhà tình
/// nghĩa cho gia đình chính sách."), an event and what it does ("Hội nghị
/// lắng nghe ý kiến của các chi bộ"), or a body and its place alone
/// ("UBND xã Tân Lập"). A line the paragraphs echo no less than that, but
/// with a comma, a time, a story word or a quotation, is the text's own
/// sentence; one that opens otherwise may be a subheading ("Đưa buôn làng
/// cùng phát triển").
fn echoed_between(body: &[String], paragraphs: &[bool], k: usize) -> bool {
    if k == 0 || k + 1 >= body.len() || !paragraphs[k - 1] || !paragraphs[k + 1] {
        return false;
    }
    let line = &body[k];
    // Most lines between paragraphs are paragraphs too, turned away by
    // their length before they are lower-cased.
    if !(2..=MAX_ECHOED_CAPTION).contains(&word_count(line))
        || !line.starts_with(char::is_uppercase)
        || !line.chars().any(char::is_lowercase)
        || line.contains([',', '"', '“', '”', ':', ';', '?', '!', '('])
        || parted_by_dash(line)
    {
        return false;
    }
    let lower = lower_same(line);
    if starts_with_time(&lower) {
        return false;
    }
    let words = caption_words(&lower);
    let event_acting = HELD_EVENTS
        .iter()
        .any(|e| lower.starts_with(&format!("{e} ")))
        && holds(&words[1..], Kind::Act);
    let opened = opener(&words) == Some(Kind::Act)
        || event_acting
        || names_only(&format!("{}.", line.trim_end_matches('.')));
    if !opened || holds(&words, Kind::Narrative) {
        return false;
    }
    let said: Vec<String> = [&body[k - 1], &body[k + 1]]
        .iter()
        .flat_map(|l| words_of(l))
        .collect();
    echo_share(line, &said) >= 0.6
}

/// Most words of a caption told by where it stands alone.
const MAX_SHORT_CAPTION: usize = 12;

/// Fewest words of the paragraphs a short caption stands between.
const MIN_FRAMING_PARAGRAPH: usize = 25;

/// Words that open a sentence tied to the text before it: a place, a
/// source, a time or a sequence ("Tại đây, …", "Sau đó …").
const CONNECTIVES: &[&str] = &[
    "bên", "cùng", "do", "hiện", "khi", "kết", "ngoài", "nhờ", "qua", "sau", "theo", "tiếp",
    "trong", "trước", "tuy", "tại", "từ", "vì", "với", "đó", "đây", "đến",
];

/// A short sentence between two long paragraphs, people doing what a
/// photo shows ("Công an làm việc với đối tượng.", "Nông dân thôn 3 chăm
/// sóc vườn chè."), with no comma, time, tie to the text or story word:
/// the article does not break its telling for one short plain line, so it
/// is the photo's caption.
fn short_between(body: &[String], paragraphs: &[bool], k: usize) -> bool {
    let framing = |i: usize| paragraphs[i] && word_count(&body[i]) >= MIN_FRAMING_PARAGRAPH;
    if k == 0 || k + 1 >= body.len() {
        return false;
    }
    let line = &body[k];
    if !(3..=MAX_SHORT_CAPTION).contains(&word_count(line))
        || !line.ends_with('.')
        || !line.starts_with(char::is_uppercase)
        || line.contains([',', '"', '“', '”', ':', ';', '?', '!'])
        || !framing(k - 1)
        || !framing(k + 1)
    {
        return false;
    }
    let lower = lower_same(line);
    if starts_with_time(&lower) {
        return false;
    }
    let words = caption_words(&lower);
    words.len() >= 3
        && !CONNECTIVES.contains(&words[0])
        && opener(&words) != Some(Kind::Act)
        && holds(&words[1..], Kind::Act)
        && !holds(&words, Kind::Narrative)
}

/// Most words of a caption that restates who does what in the paragraph
/// next to it.
const MAX_RESTATED_CAPTION: usize = 30;

/// Least share of a restating caption's words the paragraphs around it hold.
const MIN_RESTATED_SHARE: f32 = 0.5;

/// One sentence between two paragraphs that says again who does what in
/// the text beside it, in the present and plainly ("Đồn Biên phòng A tặng
/// quà cho người dân vùng biên vui xuân, đón Tết." under "Tại chương
/// trình, Đồn Biên phòng A đã trao tặng 160 phần quà …"): the photo's
/// caption. The article's own one-sentence paragraph moves the story on,
/// so it carries what a caption lacks: a time, a tie to the sentence
/// before, a quotation, a figure, a tense or a word of speech.
fn restated_between(body: &[String], paragraphs: &[bool], k: usize) -> bool {
    if k == 0 || k + 1 >= body.len() || !paragraphs[k - 1] || !paragraphs[k + 1] {
        return false;
    }
    let line = &body[k];
    // Most lines between paragraphs are paragraphs too, turned away by
    // their length before they are compared with their neighbours.
    if !(6..=MAX_RESTATED_CAPTION).contains(&word_count_to(line, MAX_RESTATED_CAPTION + 1))
        || !line.starts_with(char::is_uppercase)
        || line.contains(['"', '“', '”', ':', ';', '?', '!', '%', '…'])
        || super::sentence_end(line).is_some()
    {
        return false;
    }
    // After a clause ending in ";" or ":" the line goes on with a list,
    // and a line opening as the one beside it does is an item of one
    // ("Tổ Công tác số 1 do … chủ trì." then "Tổ Công tác số 3 do …").
    let listed = body[k - 1].trim_end().ends_with([';', ':', ','])
        || same_opening(line, &body[k - 1])
        || same_opening(line, &body[k + 1]);
    if listed {
        return false;
    }
    let lower = lower_same(line);
    if starts_with_time(&lower) {
        return false;
    }
    let words = caption_words(&lower);
    // A count ("160 phần quà", "1.013 người") is the story's; a number
    // that names (a polling station's, a month's) comes after a word of
    // its kind, or after a number it goes on ("tháng 10/2024").
    let digit = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
    let counted = words.windows(2).any(|w| {
        digit(w[1])
            && !digit(w[0])
            && !matches!(
                w[0],
                "số" | "tháng" | "năm" | "ngày" | "thôn" | "tổ" | "khu" | "ấp"
            )
    });
    // "Nhóm này …", "Sau đó …": a word pointing back at the sentence
    // before ties the line into the telling.
    let pointing = words
        .iter()
        .any(|w| matches!(*w, "này" | "đó" | "trên" | "vậy"));
    // "Dự hội nghị có đồng chí A …" lists who came, "tiếp tục" tells how
    // things go on, and a document's code ("số 34/2007/PL-UBTVQH11") cites:
    // the text's own sentences, not what a photo shows.
    let reporting = words.contains(&"có")
        || words.windows(2).any(|w| w == ["tiếp", "tục"])
        || line
            .split_whitespace()
            .any(|w| w.contains(|c: char| c.is_ascii_digit()) && w.contains(char::is_uppercase));
    if words.len() < 6
        || counted
        || pointing
        || reporting
        || CONNECTIVES.contains(&words[0])
        || opener(&words) == Some(Kind::Act)
        || !holds(&words[1..], Kind::Act)
        || holds(&words, Kind::Narrative)
    {
        return false;
    }
    let said: Vec<String> = [&body[k - 1], &body[k + 1]]
        .iter()
        .flat_map(|l| words_of(l))
        .collect();
    echo_share(line, &said) >= MIN_RESTATED_SHARE
}

/// Whether two lines open with the same two words.
fn same_opening(line: &str, other: &str) -> bool {
    let mut mine = line.split_whitespace();
    let mut theirs = other.split_whitespace();
    (0..2).all(|_| matches!((mine.next(), theirs.next()), (Some(a), Some(b)) if a == b))
}

/// Whether a dash parts `line` into clauses: one between two numbers is
/// a span of years ("nhiệm kỳ 2025-2030", "2025 – 2030") and parts
/// nothing.
fn parted_by_dash(line: &str) -> bool {
    line.match_indices(['-', '–']).any(|(at, dash)| {
        let before = line[..at].trim_end().chars().next_back();
        let after = line[at + dash.len()..].trim_start().chars().next();
        !(before.is_some_and(|c| c.is_ascii_digit()) && after.is_some_and(|c| c.is_ascii_digit()))
    })
}

/// Most words of a sentence printed twice in a row that is a photo's
/// alternative text and caption ("Các đội thi đấu tại giải.").
const MAX_DOUBLED_SENTENCE: usize = 12;

/// The most words of a caption whose credit was cut off, read as one
/// even as the last line of the text.
const MAX_CREDITED_WORDS: usize = 45;

/// Which lines of `body` are photo captions. `captioned` lines lost a
/// photo's credit; `headline` says the page has one, so that a caption
/// may stand first, above the lead. Nothing is marked unless a paragraph
/// of article text stays.
pub(super) fn mark(body: &[String], captioned: &[usize], headline: bool) -> Vec<bool> {
    let mut shapes: Vec<Shape> = body.iter().map(|l| shape(l)).collect();
    // A short line twice in a row is a photo's alternative text and its
    // caption, the page writing both; a sentence of a lead's length, or
    // one with a comma, twice is the lead the page printed again as its
    // summary.
    for k in 1..body.len() {
        let line = &body[k];
        // Most lines differ from the one before: compared before counted.
        if *line != body[k - 1] {
            continue;
        }
        let n = word_count(line);
        let caption_length = if ends_sentence(line) {
            n <= MAX_DOUBLED_SENTENCE && !line.contains(',')
        } else {
            n <= 30
        };
        // "Lê Văn A" twice as the page's last lines: its writer, signed
        // twice by the page's template, not a photo's text.
        let writer = k + 1 == body.len() && n <= 4 && super::header::name_like(line);
        // A headline twice under the writer's name, as its link and its
        // title, is a related article's (`tail`), not a photo's.
        let related = k >= 2
            && !ends_sentence(line)
            && word_count(&body[k - 2]) <= 4
            && super::header::name_like(&body[k - 2]);
        if n >= 2 && caption_length && !writer && !related {
            shapes[k - 1] = Shape::Marked;
            shapes[k] = Shape::Marked;
        }
    }
    // A caption whose credit was cut off ("… hiện đại. Ảnh: QMG."), one
    // sentence of a caption's length, is none of the article's paragraphs
    // even when no paragraph follows it.
    let credited = |k: usize| {
        captioned.contains(&k)
            && word_count_to(&body[k], MAX_CREDITED_WORDS + 1) <= MAX_CREDITED_WORDS
            && super::sentence_end(&body[k]).is_none()
    };
    // The last paragraph of article text: a caption under it without its
    // credit is the tail's to read (it may be a byline).
    // Which lines are paragraphs of article text: asked of each line's
    // neighbours by every test of a line between two paragraphs below, so
    // told once per line here.
    let paragraphs: Vec<bool> = (0..body.len())
        .map(|k| shapes[k] == Shape::Text && body_like(&body[k]))
        .collect();
    let last = (0..body.len()).rposition(|k| paragraphs[k] && !credited(k));
    let Some(last) = last else {
        return vec![false; body.len()];
    };
    // Under the last paragraph, only the captions right under it: what
    // follows another line there is the tail's (a byline, a caption
    // broken over two lines, other articles).
    // A letter or two alone is a photo's alternative text left by the
    // page ("a"), not the text going on.
    let run = (last + 1..body.len())
        .take_while(|&k| {
            !matches!(shapes[k], Shape::Text | Shape::Placed)
                || credited(k)
                || body[k].chars().count() <= 2
        })
        .count();
    let marked_text = body.iter().any(|l| !l.is_ascii() && body_like(l));
    (0..body.len())
        .map(|k| match shapes[k] {
            _ if k > last + run => false,
            Shape::Marked => true,
            Shape::Unmarked => marked_text,
            Shape::Placed => k > 0 && k < last,
            // First on the page, under the headline, a caption has no
            // full stop: a line that ends its sentence there is the lead.
            Shape::Worded => {
                k > 0 || (headline && (!ends_sentence(&body[k]) || bare_scene(&body[k])))
            }
            Shape::Text if k > last => credited(k),
            Shape::Text => {
                k < last
                    && (captioned.contains(&k) && word_count(&body[k]) >= 2
                        || echoed_between(body, &paragraphs, k)
                        || short_between(body, &paragraphs, k)
                        || restated_between(body, &paragraphs, k))
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caption_words_split_at_every_char_that_is_no_letter_nor_digit() {
        // Every char, between letters and between marks, as the split on
        // chars parts them.
        for c in (0..=0x2FFFF).filter_map(char::from_u32) {
            for line in [format!("a{c}b"), format!(", {c}1 ."), format!("{c}")] {
                let by_chars: Vec<&str> = line
                    .split(|c: char| !is_letter(c) && !c.is_ascii_digit())
                    .filter(|w| !w.is_empty())
                    .collect();
                assert_eq!(caption_words(&line), by_chars, "U+{:04X}", c as u32);
            }
        }
        assert_eq!(
            caption_words("đồng chí lê văn an (bí thư), trao 12 suất quà."),
            ["đồng", "chí", "lê", "văn", "an", "bí", "thư", "trao", "12", "suất", "quà"]
        );
    }

    #[test]
    fn a_capital_is_told_on_the_bytes_as_the_unicode_tables_tell_it() {
        for c in (0..=0x2FFFF).filter_map(char::from_u32) {
            let line = format!("a{c}b");
            assert_eq!(capital_at(&line, 1), c.is_uppercase(), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn glue_bytes_class_each_byte_as_range_tests_do() {
        for x in 0..=255u8 {
            let small = x.is_ascii_lowercase() || (0x80..0xC0).contains(&x);
            let capital = x.is_ascii_uppercase() || x >= 0xC0;
            let class = GLUE_BYTES[usize::from(x)];
            assert_eq!(class == MAY_END_SMALL, small, "{x:X}");
            assert_eq!(class == MAY_START_CAPITAL, capital, "{x:X}");
        }
    }

    #[test]
    fn a_caption_glued_to_the_next_sentence_is_cut_where_the_capital_starts() {
        let line = "Các đại biểu dự hội nghịPhát biểu kết luận, đồng chí Trần Văn An đề nghị các xã tiếp tục làm tốt công tác dân vận.";
        let (caption, rest) = glued_caption(line).expect("a glued caption");
        assert_eq!(caption, "Các đại biểu dự hội nghị");
        assert!(rest.starts_with("Phát biểu"));
        assert_eq!(
            glued_caption("Ngân hàng VietinBank tài trợ quỹ vì người nghèo của xã."),
            None
        );
    }

    #[test]
    fn a_caption_glued_to_the_text_after_it_is_parted() {
        assert_eq!(
            glued_caption("Các đại biểu dự hội nghị phát biểu tham luậnPhát biểu kết luận, đồng chí Lê Văn Hùng nhấn mạnh ba nhiệm vụ."),
            Some((
                "Các đại biểu dự hội nghị phát biểu tham luận",
                "Phát biểu kết luận, đồng chí Lê Văn Hùng nhấn mạnh ba nhiệm vụ."
            ))
        );
        assert_eq!(
            glued_caption(
                "Xã Tân Lập ký kết với VietinBank chi nhánh tỉnh về tín dụng chính sách."
            ),
            None
        );
    }

    #[test]
    fn captions_by_their_words() {
        for line in [
            "Đồng chí Lê Văn Hùng phát biểu chỉ đạo hội nghị",
            "Quang cảnh hội nghị.",
            "Toàn cảnh buổi làm việc tại trụ sở Đảng ủy xã Tân Lập",
            "Các đại biểu dự hội nghị.",
            "Các đồng chí Thường trực Đảng ủy xã chủ trì hội nghị.",
            "Văn nghệ chào mừng Đại hội.",
            "Đoàn Chủ tịch Đại hội.",
            "Đối tượng Hoàng Văn Tư cùng tang vật tại cơ quan Công an.",
            "Đối tượng Lò Văn Sinh",
            "Phó Bí thư Tỉnh ủy Lê Thị Hoa trao quà cho các hộ nghèo",
            "Bộ trưởng tham quan gian trưng bày sản phẩm của hợp tác xã",
            "Tổng Bí thư thăm gian trưng bày sách",
            "Chủ tịch nước tham quan không gian văn hóa của đồng bào Chăm",
            "Một số ý kiến phát biểu trong phần thảo luận tại tổ.",
            "Quang cảnh buổi họp báo thông tin về Đại hội đại biểu Đảng bộ tỉnh lần thứ XV, nhiệm kỳ 2025 – 2030.",
            "Ông Đinh Văn Phúc, Bí thư Đảng ủy xã Hòa An.",
            "Đồng chí Đinh Văn Phúc - Chủ tịch Hội Cựu chiến binh xã Hòa An",
            "Các đại biểu tham luận",
            "Ảnh toàn cảnh hội nghị hiệp thương lần thứ ba.",
            "Ban Chấp hành Hội Nông dân xã Tân Lập ra mắt đại hội",
            "Ban Thường vụ Huyện ủy tặng hoa chúc mừng các đảng viên lão thành",
            "Cán bộ Ban Dân vận Huyện ủy rà soát hồ sơ khen thưởng",
            "Bà Lê Thị Hoa, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, Trưởng Ban Tổ chức Hội trao quà cho hội viên có hoàn cảnh khó khăn.",
            "Các đồng chí lãnh đạo huyện chứng kiến lễ ký kết giao ước thi đua.",
            "Chương trình văn nghệ chào mừng kỳ họp",
            "Các tân binh lên đường nhập ngũ.",
            "Tân binh tham gia nghĩa vụ quân sự tại đơn vị.",
            "Các thanh niên nhập ngũ tại Lễ giao nhận quân năm nay",
            "Các đại biểu tham quan gian trưng bày trước khi khai mạc đại hội.",
            "Đồng chí Lê Văn Hùng phát biểu sau khi nhận quà.",
            "Đồng chí Lê Văn Hùng tái đắc cử Bí thư Huyện ủy nhiệm kỳ 2025 - 2030",
            "Đồng chí Lê Văn Hùng tái đắc cử Bí thư.",
            // "Hình ảnh" shows who is in the photo and where.
            "Hình ảnh các đại biểu tại kỳ họp.",
            // A portrait under a long chain of offices, with no verb.
            "Ông Lê Văn Hùng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh",
            "Đồng chí Trần Thị Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trao quà cho các hộ nghèo của xã Tân Lập nhân dịp Tết",
            "Đồng chí Lê Văn Hùng, Phó Chủ tịch UBND xã và các đại biểu dự ngày hội.",
            "Các ứng cử viên đại biểu HĐND tỉnh tiếp xúc cử tri xã Tân Lập.",
        ] {
            assert_eq!(shape(line), Shape::Worded, "{line}");
        }
        // The photo as a thing the text tells about is no caption.
        assert_eq!(
            shape("Hình ảnh người cán bộ dân vận luôn gắn bó với nhân dân."),
            Shape::Text
        );
    }

    #[test]
    fn reports_awards_and_the_abbreviated_comrade_open_captions() {
        for line in [
            "Đồng chí Trần Minh Đức, Phó Bí thư Đảng ủy xã trình bày báo cáo chính trị",
            "Các tập thể có thành tích tiêu biểu trong phong trào thi đua được khen thưởng.",
            "Ban Thường vụ Đảng ủy xã thông qua dự thảo kế hoạch.",
            "Đ/c Hà Văn Sơn - Chủ tịch UBND xã phát biểu bế mạc",
            "Đ/c: Vi Thị Lan - Phó Chủ tịch Hội Nông dân xã trao quà cho hội viên",
            "Đoàn chụp ảnh lưu niệm tại nhà truyền thống của xã",
            "Đồng chí Lê Văn Hải tái đắc cử Bí thư Đảng ủy xã nhiệm kỳ 2025 - 2030",
            "Đồng chí Trần Văn Minh, Trưởng Ban Dân vận Tỉnh ủy, \
             Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trao Huy hiệu 55 năm tuổi Đảng và tặng hoa chúc mừng \
             đảng viên Lê Thị Hoa (phường Tân Hòa)",
        ] {
            assert_eq!(shape(line), Shape::Worded, "{line}");
        }
        // A paragraph tells the election with its tense.
        assert_eq!(
            shape("Với số phiếu cao, đồng chí Lê Văn Hải đã tái đắc cử Bí thư Đảng ủy xã."),
            Shape::Text
        );
        // The colon after the abbreviation opens no quotation; one later does.
        assert_eq!(
            shape("Đ/c Hà Văn Sơn nói: chúng ta phải làm tốt hơn nữa"),
            Shape::Text
        );
    }

    #[test]
    fn offices_open_a_caption() {
        assert!(opens_with_office(&["tổng", "bí", "thư", "thăm"]));
        assert!(opens_with_office(&["phó", "chủ", "tịch", "ubnd"]));
        assert!(!opens_with_office(&["hội", "nghị"]));
    }

    #[test]
    fn a_place_in_the_photo_or_its_number_marks_a_caption() {
        for line in [
            "Chủ tịch UBND tỉnh (thứ ba từ trái sang) trao bằng khen cho các tập thể.",
            "Ông Lê An (bìa phải) và ông Trần Bình (giữa) tại lễ ra mắt",
            "Bí thư Huyện ủy (hàng đầu, thứ 4 từ phải sang) chụp ảnh cùng đoàn viên",
            "Ảnh 2. Các đại biểu dự lễ khánh thành.",
            "Ảnh 1: Quang cảnh ngày hội",
            "Hình 2: Các đại biểu trao quà cho hộ nghèo",
            // Under its label, a caption opens with who the photo shows.
            "Ảnh: Đồng chí Lê Văn An, Phó Chủ tịch UBND huyện trình bày tờ trình về kế hoạch đầu tư công",
            "Ảnh: Quang cảnh kỳ họp thứ ba HĐND xã Tân Lập",
        ] {
            assert_eq!(shape(line), Shape::Marked, "{line}");
        }
        // A photographer's credit under the same label is none.
        assert_eq!(shape("Ảnh: Thu Hà"), Shape::Text);
        assert_eq!(shape("Ảnh: Đức Minh và Lê Văn Hòa"), Shape::Text);
        assert!(!position_note("hội nghị (lần thứ hai) bàn về kế hoạch"));
        assert!(!position_note("đại hội (nhiệm kỳ 2025 - 2030)"));
    }

    #[test]
    fn short_paragraphs_stay_text() {
        for line in [
            "Đại hội đã bầu 15 đồng chí vào Ban Chấp hành khóa mới.",
            "Đến dự hội nghị có ông Trần Văn Hải, Phó Chủ tịch UBND tỉnh.",
            "Đồng chí Lê Văn Hùng nhấn mạnh vai trò của công tác dân vận.",
            "Các đại biểu thống nhất cao với dự thảo nghị quyết.",
            "Ông Lê Văn Tám cho biết: xã sẽ hoàn thành trước ngày 30/6.",
            "Tham dự buổi lễ có lãnh đạo các ban, ngành của huyện.",
            "Nâng cao chất lượng hoạt động của Mặt trận ở khu dân cư",
            "Lãnh đạo xã tiếp tục vận động nhân dân hiến đất làm đường",
            "Đại biểu tham dự hội nghị đều là những người có uy tín trong cộng đồng, được nhân dân tin tưởng bầu chọn, gắn bó nhiều năm với thôn bản và luôn đi đầu trong các phong trào.",
            "- Đồng chí Lê Văn Hùng phát biểu tại hội nghị;",
            "Cán bộ, đảng viên xã đã rà soát từng hộ nghèo để có giải pháp hỗ trợ.",
            "Ban Chấp hành Đảng bộ xã khóa mới gồm 15 đồng chí.",
            "Lãnh đạo xã trao quà cho các hộ nghèo, đồng thời vận động bà con tiếp tục giữ gìn vệ sinh môi trường, phát triển kinh tế hộ gia đình.",
            "Ông Nguyễn Văn Bảy, 70 tuổi, ở thôn Đông, xúc động chia sẻ niềm vui khi được tặng nhà mới cùng gia đình.",
            "Các tân binh đã sẵn sàng lên đường nhập ngũ.",
            "Chương trình văn nghệ chào mừng kỳ họp sẽ diễn ra vào buổi tối.",
            "Các đại biểu tham quan gian trưng bày khi đại hội nghỉ giải lao.",
        ] {
            assert_eq!(shape(line), Shape::Text, "{line}");
        }
    }

    #[test]
    fn captions_are_marked_only_around_article_text() {
        let body: Vec<String> = [
            "Sáng 12/3, Đảng ủy xã Tân Lập tổ chức hội nghị tổng kết công tác năm.",
            "Quang cảnh hội nghị.",
            "Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ năm qua và đề ra phương hướng.",
            "Lãnh đạo xã trao giấy khen cho các tập thể",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(mark(&body, &[], true), [false, true, false, true]);
        // First on the page, a caption needs a headline above it (else it
        // may be all there is to title the report) and no full stop (else
        // it may be a short lead), but a scene of a few words alone is no
        // lead, full stop or not.
        let first: Vec<String> = body[1..].to_vec();
        assert_eq!(mark(&first, &[], false), [false, false, true]);
        assert_eq!(mark(&first, &[], true), [true, false, true]);
        let mut stopped = first.clone();
        stopped[0] = "Các đại biểu dự hội nghị.".into();
        assert_eq!(mark(&stopped, &[], true), [false, false, true]);
        let mut long_scene = first.clone();
        long_scene[0] =
            "Quang cảnh hội nghị tổng kết công tác dân vận năm nay của huyện Hòa An.".into();
        assert_eq!(mark(&long_scene, &[], true), [false, false, true]);
        let mut unstopped = first.clone();
        unstopped[0] = "Quang cảnh hội nghị".into();
        assert_eq!(mark(&unstopped, &[], false), [false, false, true]);
        assert_eq!(mark(&unstopped, &[], true), [true, false, true]);
        // With no paragraph of text, nothing is a caption.
        let only: Vec<String> = vec!["Quang cảnh hội nghị.".into()];
        assert_eq!(mark(&only, &[], true), [false]);
        // Under the last paragraph, a caption after a line of the tail is
        // left to the tail.
        let mut tail = body.clone();
        tail.insert(3, "Thu Hà".into());
        assert_eq!(mark(&tail, &[], true), [false, true, false, false, false]);
        // A letter alone under the last paragraph is a photo's alternative
        // text: the caption under it is still one.
        let mut lettered = body.clone();
        lettered.insert(3, "a".into());
        assert_eq!(
            mark(&lettered, &[], true),
            [false, true, false, false, true]
        );
        // A line whose credit was cut off is a caption between paragraphs.
        let credited: Vec<String> = [
            "Sáng 12/3, Đảng ủy xã Tân Lập tổ chức hội nghị tổng kết công tác năm.",
            "Niềm vui của người dân xã Tân Lập trong ngày hội",
            "Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ năm qua và đề ra phương hướng.",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(mark(&credited, &[1], true), [false, true, false]);
    }

    #[test]
    fn a_short_line_twice_in_a_row_is_a_photos_text_and_caption() {
        let lead =
            "Chiều 12/5, Ban Thường vụ Tỉnh ủy họp xem xét kết quả kiểm tra tại các địa phương.";
        let twice = "Ban Thường vụ Tỉnh ủy xem xét kỷ luật Chủ tịch UBND huyện";
        let next = "Theo kết luận của đoàn kiểm tra, nhiều sai phạm kéo dài trong nhiều năm.";
        let body: Vec<String> = [lead, twice, twice, next].map(String::from).to_vec();
        assert_eq!(mark(&body, &[], true), [false, true, true, false]);
        // A sentence twice is the lead printed again; the same line
        // apart from itself stays text.
        let sentence = "Sáng 3/4, Hội Nông dân xã tổ chức hội nghị tập huấn cho hội viên.";
        let again: Vec<String> = [sentence, sentence, next].map(String::from).to_vec();
        assert_eq!(mark(&again, &[], true), [false, false, false]);
        // A short sentence with no comma twice: the photo's text and caption.
        let short = "Các đội bóng thi đấu tại giải.";
        let body: Vec<String> = [lead, short, short, next].map(String::from).to_vec();
        assert_eq!(mark(&body, &[], true), [false, true, true, false]);
        let apart: Vec<String> = [twice, lead, twice, next].map(String::from).to_vec();
        assert_eq!(mark(&apart, &[], true), [false, false, false, false]);
    }

    #[test]
    fn a_scene_and_its_place_is_a_caption_only_between_paragraphs() {
        for line in [
            "Mô hình nuôi bò sinh sản của hội viên nông dân ở thôn 4, xã Tân Lập",
            "Lễ ra quân chiến dịch \"Mùa hè xanh\" năm 2024 tại thị trấn Hòa Bình",
        ] {
            assert_eq!(shape(line), Shape::Placed, "{line}");
        }
        for line in [
            "Phát huy vai trò của người có uy tín",
            "Những đổi mới nổi bật tại xã Tân Lập",
            "Kết quả bước đầu của phong trào ở huyện Hòa Bình",
            "Xã đã hoàn thành mục tiêu nông thôn mới tại huyện Hòa Bình",
            "Hội nghị tổng kết công tác dân vận tại xã Tân Lập.",
            "Mô hình dân vận khéo tại các xã vùng cao",
            "Ông A nói \"xã sẽ còn nhiều việc phải làm trong năm tới\" tại xã Tân Lập",
        ] {
            assert_eq!(shape(line), Shape::Text, "{line}");
        }
        let lead = "Sáng 12/3, Hội Nông dân huyện tổ chức hội nghị biểu dương nông dân giỏi.";
        let scene = "Mô hình nuôi bò sinh sản của hội viên nông dân tại xã Tân Lập";
        let next = "Năm qua, hội viên nông dân huyện đã có nhiều mô hình làm kinh tế giỏi.";
        for line in [
            "Thăm hỏi đồng chí nguyên Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lê Thị Hoa",
            "Trao quà cho ông Trần Văn Bình",
        ] {
            assert_eq!(shape(line), Shape::Placed, "{line}");
        }
        for line in [
            "Thăm hỏi các gia đình chính sách",
            "Thăm hỏi đồng chí nguyên Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh",
            "Trao quà cho ông Trần Văn Bình.",
        ] {
            assert_eq!(shape(line), Shape::Text, "{line}");
        }
        for line in [
            "Kỳ họp thứ Nhất HĐND xã Tân Lập, nhiệm kỳ 2021 – 2026",
            "Đại hội đại biểu Đảng bộ huyện Hòa An lần thứ XX",
            "Hội nghị Ban Chấp hành Đảng bộ xã Tân Lập diễn ra vào ngày 31-12",
            "Kỳ họp thứ Hai HĐND xã Tân Lập diễn ra sáng 12/7",
            "Đảng bộ phường Tân Lập, TP HCM.",
        ] {
            assert_eq!(shape(line), Shape::Placed, "{line}");
        }
        for line in [
            "Kỳ họp thứ Nhất HĐND xã Tân Lập thành công tốt đẹp",
            "Kỳ họp thứ Nhất HĐND xã Tân Lập diễn ra trong hai ngày",
            "Đảng bộ phường Tân Lập có 40 chi bộ.",
            "Hội nghị tổng kết công tác dân vận",
            "Kỳ họp thứ Nhất HĐND xã Tân Lập.",
        ] {
            assert_eq!(shape(line), Shape::Text, "{line}");
        }
        let between: Vec<String> = [lead, scene, next].map(String::from).to_vec();
        assert_eq!(mark(&between, &[], true), [false, true, false]);
        // Above the lead it may be the headline or a subheading: it stays.
        let above: Vec<String> = [scene, lead, next].map(String::from).to_vec();
        assert_eq!(mark(&above, &[], true), [false, false, false]);
    }

    #[test]
    fn a_caption_without_diacritics_is_one_among_marked_paragraphs() {
        let lead = "Sáng 12/3, Huyện ủy tổ chức hội nghị gặp mặt người có uy tín năm 2024.";
        let next = "Hội nghị đã biểu dương 30 già làng có nhiều đóng góp cho địa phương.";
        for caption in [
            "Hoi nghi gap mat nguoi co uy tin huyen Dak Ha nam 2024",
            "HUYEN UY TO CHUC GAP MAT GIA LANG, NGUOI CO UY TIN",
        ] {
            assert_eq!(shape(caption), Shape::Unmarked, "{caption}");
            let body: Vec<String> = [lead, caption, next].map(String::from).to_vec();
            assert_eq!(mark(&body, &[], true), [false, true, false]);
        }
        // A page written without marks keeps its lines.
        let plain: Vec<String> = [
            "Sang 12/3, Huyen uy to chuc hoi nghi gap mat nguoi co uy tin nam 2024.",
            "Hoi nghi gap mat nguoi co uy tin",
            "Hoi nghi da bieu duong 30 gia lang co nhieu dong gop cho dia phuong.",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(mark(&plain, &[], true), [false, false, false]);
        assert_eq!(shape("Press conference in Hanoi"), Shape::Text);
    }

    #[test]
    fn a_short_line_the_paragraphs_around_it_echo_is_a_caption() {
        let around = |line: &str, before: &str, after: &str| -> Vec<String> {
            [
                before,
                line,
                after,
                "Kết thúc buổi lễ, các đại biểu cùng trồng cây lưu niệm tại sân trường.",
            ]
            .map(String::from)
            .to_vec()
        };
        let handed = "Chiều 5/4, Ủy ban MTTQ xã Hòa Bình tổ chức bàn giao nhà tình thương cho hộ cận nghèo ở thôn 3.";
        let funded = "Ngôi nhà được xây dựng với tổng kinh phí 80 triệu đồng từ nguồn Quỹ Vì người nghèo của xã.";
        for line in [
            "Bàn giao nhà tình thương cho hộ cận nghèo.",
            "UBND xã Hòa Bình",
            "Ủy ban MTTQ xã Hòa Bình.",
        ] {
            assert_eq!(
                mark(&around(line, handed, funded), &[], true),
                [false, true, false, false],
                "{line}"
            );
        }
        let heard = "Tại hội nghị, đoàn viên thanh niên của các chi đoàn thôn đã nêu nhiều ý kiến về việc làm.";
        let answered = "Phát biểu kết luận, Bí thư Đoàn xã tiếp thu các ý kiến của đoàn viên và giao nhiệm vụ cụ thể.";
        let body = around(
            "Hội nghị lắng nghe ý kiến của đoàn viên thanh niên",
            heard,
            answered,
        );
        assert_eq!(mark(&body, &[], true), [false, true, false, false]);
        // The same caption among paragraphs that tell something else is
        // not known by its words.
        let other = "Năm nay, xã phấn đấu trồng mới 20 ha rừng và nâng cao thu nhập cho người dân.";
        let body = around("Bàn giao nhà tình thương cho hộ cận nghèo.", other, funded);
        assert_eq!(mark(&body, &[], true), [false; 4]);
        for line in [
            // A subheading opens with no act of a photo.
            "Đưa nhà tình thương về với hộ cận nghèo",
            // A comma, a time or a story word makes it the text's sentence.
            "Bàn giao nhà xong, xã tiếp tục hỗ trợ hộ cận nghèo.",
            "Chiều 5/4 bàn giao nhà tình thương cho hộ cận nghèo.",
            "Bàn giao nhà tình thương cho hộ cận nghèo đã hoàn thành.",
        ] {
            assert_eq!(
                mark(&around(line, handed, funded), &[], true),
                [false; 4],
                "{line}"
            );
        }
    }

    #[test]
    fn acting_and_former_holders_chains_and_arrests_open_captions() {
        for line in [
            "Quyền Bí thư Tỉnh ủy Trần Văn Hòa chúc mừng các chức sắc tôn giáo",
            "Nguyên Chủ tịch nước Lê Văn Hùng thăm gian trưng bày hiện vật",
            "Đồng chí Lê Thị Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh, \
             Trưởng Đoàn đại biểu Quốc hội tỉnh, Bí thư Đảng ủy các cơ quan Đảng tỉnh chủ trì hội nghị.",
            "Đối tượng Hà Văn Tú bị bắt giữ.",
            "Nhóm đối tượng cùng tang vật tại trụ sở Công an xã.",
            "Các thành viên Ban Chấp hành Hội Nông dân xã chụp hình lưu niệm cùng đại biểu",
            "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lê Văn Hùng chúc đồng bào đón Tết vui tươi",
            // Two offices in the chain, the second the act's subject.
            "Đồng chí Lê Văn Hùng, Phó Bí thư Thường trực Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội \
             tỉnh tặng hoa chúc mừng đoàn đại biểu dự Đại hội Đoàn toàn quốc.",
            "Đồng chí Trần Văn Bình, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu \
             Quốc hội đơn vị tỉnh Hòa Bình phát biểu tại Đại hội.",
            // "Ân cần" greets; its "cần" is no need of a story.
            "Đại tá Lê Văn Hùng - Giám đốc Công an tỉnh ân cần thăm hỏi và tặng quà Tết cho \
             hộ nghèo, gia đình chính sách tại xã Tân Lập.",
        ] {
            assert_eq!(shape(line), Shape::Worded, "{line}");
        }
        for line in [
            // A story told of the guest: tense, reasoning, a quotation.
            "Quyền Bí thư Tỉnh ủy Trần Văn Hòa đã chúc mừng các chức sắc tôn giáo và đề nghị tiếp tục đồng hành.",
            "Đồng chí Lê Thị Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh, \
             Trưởng Đoàn đại biểu Quốc hội tỉnh nhấn mạnh việc chăm lo đời sống nhân dân là nhiệm vụ hàng đầu.",
            "Các thành viên Ban Chỉ đạo cho biết sẽ kiểm tra từng hộ trong tháng tới.",
            "Đối tượng Hà Văn Tú đã bị bắt giữ sau hai ngày lẩn trốn.",
            // A chain of two needs an office after the name: a list of
            // places is no chain.
            "Các đại biểu, cán bộ và nhân dân các xã Tân Lập, Hòa An, Phó Chủ tịch UBND xã chủ trì \
             hội nghị lấy ý kiến về quy hoạch khu dân cư mới ở thôn 3 của xã.",
            "Giám đốc Công an tỉnh cần tặng quà cho các hộ nghèo trước Tết.",
            // Many clauses after the chain: the paragraph tells what was done.
            "Đồng chí Lê Thị Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch HĐND tỉnh, \
             Trưởng Ban Dân vận Tỉnh ủy trao quà cho các hộ nghèo, thăm hỏi sức khỏe các gia đình chính sách và động viên bà con vượt khó vươn lên trong sản xuất.",
        ] {
            assert_eq!(shape(line), Shape::Text, "{line}");
        }
    }

    #[test]
    fn a_short_plain_line_between_long_paragraphs_is_a_caption() {
        let before = "Chiều 14/3, Công an xã Tân Lập cho biết đã tạm giữ hai người đàn ông \
            trú tại thôn 5 để điều tra về hành vi trộm cắp tài sản của nhiều hộ dân trên địa bàn xã \
            trong thời gian qua.";
        let after = "Theo cơ quan công an, khoảng 22 giờ ngày 12/3, hai người này đi xe máy \
            đến nhà một người dân ở thôn 2, lấy trộm một chiếc xe máy rồi mang đi bán ở chợ \
            huyện với giá hai triệu đồng thì bị phát hiện.";
        for line in [
            "Công an làm việc với hai người đàn ông.",
            "Nông dân thôn 3 chăm sóc vườn chè.",
            "Lực lượng chức năng kiểm tra hiện trường.",
        ] {
            let body = [before, line, after].map(String::from);
            assert_eq!(mark(&body, &[], true), [false, true, false], "{line}");
        }
        for line in [
            // Told: tense, a tie to the text, a time, a comma.
            "Công an đã làm việc với hai người đàn ông.",
            "Tại đây, công an kiểm tra hiện trường.",
            "Sau đó công an kiểm tra hiện trường.",
            "Sáng 13/3 công an kiểm tra hiện trường.",
            // No act of a photo: a comment of the text.
            "Đây là vụ trộm thứ ba trong tháng.",
            // An act first: the text's own summing up.
            "Kiểm tra hiện trường ngay trong đêm.",
        ] {
            let body = [before, line, after].map(String::from);
            assert_eq!(mark(&body, &[], true), [false, false, false], "{line}");
        }
        // Under a short paragraph the line may carry the telling on.
        let body = [
            "Công an xã đã vào cuộc ngay.",
            "Công an kiểm tra hiện trường.",
            after,
        ]
        .map(String::from);
        assert_eq!(mark(&body, &[], true), [false, false, false]);
    }

    #[test]
    fn a_span_of_years_in_an_echoed_caption_parts_no_clause() {
        let opened = "Sáng 9/10, Ủy ban MTTQ Việt Nam xã Tân Lập tổ chức đại hội lần thứ nhất, \
            nhiệm kỳ 2025-2030; các ủy viên Ủy ban MTTQ Việt Nam xã Tân Lập ra mắt đại hội.";
        let voted = "Đại hội đã hiệp thương cử 35 ủy viên, bầu Ban Thường trực gồm Chủ tịch \
            và hai Phó Chủ tịch cho nhiệm kỳ mới.";
        for line in [
            "Ra mắt ủy viên Ủy ban MTTQ Việt Nam xã Tân Lập nhiệm kỳ 2025-2030",
            "Ra mắt ủy viên Ủy ban MTTQ xã Tân Lập nhiệm kỳ 2025 – 2030",
        ] {
            let body = [opened, line, voted].map(String::from);
            assert_eq!(mark(&body, &[], true), [false, true, false], "{line}");
        }
        // A dash between words parts two clauses of the text.
        let body = [
            opened,
            "Ra mắt ủy viên - Ủy ban MTTQ Việt Nam xã Tân Lập",
            voted,
        ]
        .map(String::from);
        assert_eq!(mark(&body, &[], true), [false, false, false]);
        assert!(!parted_by_dash("nhiệm kỳ 2025 - 2030"));
        assert!(parted_by_dash("Tân Lập - Hòa Bình"));
    }

    #[test]
    fn people_named_by_their_offices_alone_are_a_portrait_between_paragraphs() {
        for line in [
            "Nguyên Chủ tịch nước Lê Văn Hùng và Bộ trưởng Bộ Nội vụ Trần Thị Mai",
            "Bí thư Đảng ủy, Chủ tịch HĐND xã Tân Lập Đinh Văn Phúc",
        ] {
            assert_eq!(shape(line), Shape::Placed, "{line}");
        }
        for line in [
            // The office holder tells or does something.
            "Bí thư Đảng ủy xã Tân Lập Đinh Văn Phúc cho biết năm nay xã về đích nông thôn mới.",
            "Bí thư Đảng ủy xã Tân Lập Đinh Văn Phúc trao quà cho các hộ nghèo",
            // A name that does not close the line: a subheading's words.
            "Bí thư Đảng ủy xã Tân Lập và những đổi thay ở vùng cao",
            // No office opens it.
            "Mùa xuân trên quê hương Tân Lập",
        ] {
            assert_ne!(shape(line), Shape::Placed, "{line}");
        }
        let body = [
            "Sáng 2/9, Đảng ủy xã Tân Lập tổ chức lễ mít tinh kỷ niệm Quốc khánh với sự tham dự của đông đảo nhân dân.",
            "Bí thư Đảng ủy, Chủ tịch HĐND xã Tân Lập Đinh Văn Phúc",
            "Buổi lễ khép lại bằng chương trình văn nghệ của các đội văn nghệ thôn bản.",
        ]
        .map(String::from);
        assert_eq!(mark(&body, &[], true), [false, true, false]);
    }

    #[test]
    fn ceremonies_and_arrests_are_acts_of_a_photo() {
        for line in [
            "Các đại biểu bấm nút khởi công công trình nhà văn hóa thôn.",
            "Lãnh đạo huyện cắt băng khánh thành cầu dân sinh",
            "Đồng chí Lê Văn Hùng trồng cây lưu niệm tại khuôn viên trường",
            "Đối tượng Lò Văn Sinh bị tạm giữ tại trụ sở Công an xã.",
            "Các tân binh tuyên thệ dưới quân kỳ.",
        ] {
            assert_eq!(shape(line), Shape::Worded, "{line}");
        }
        for line in [
            "Các đại biểu đã bấm nút khởi công công trình sau khi nghe báo cáo tiến độ.",
            "Đối tượng Lò Văn Sinh bị bắt khi đang vận chuyển hàng cấm qua biên giới.",
        ] {
            assert_eq!(shape(line), Shape::Text, "{line}");
        }
    }

    #[test]
    fn a_dignitary_of_a_religion_is_shown_like_an_official() {
        for line in [
            "Hòa thượng Thích Minh Tâm, Phó Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam.",
            "Thượng tọa Thích Quảng Đức trao quà cho các gia đình khó khăn",
            "Linh mục Giuse Nguyễn Văn An phát biểu tại buổi gặp mặt.",
        ] {
            assert_eq!(shape(line), Shape::Worded, "{line}");
        }
        assert_eq!(
            shape(
                "Hòa thượng Thích Minh Tâm cho rằng mỗi tăng ni cần gương mẫu chấp hành pháp luật."
            ),
            Shape::Text
        );
    }

    /// Marks the middle line between two paragraphs of a report.
    fn between(before: &str, line: &str, after: &str) -> bool {
        let body: Vec<String> = [before, line, after].map(String::from).to_vec();
        mark(&body, &[], true)[1]
    }

    #[test]
    fn a_plain_sentence_restating_the_paragraph_beside_it_is_a_caption() {
        let before = "Tại chương trình, Đồn Biên phòng Tân Lập đã trao tặng 200 phần quà cho các hộ nghèo, gia đình chính sách trên địa bàn xã biên giới.";
        let after = "Dịp này, đơn vị còn tổ chức khám bệnh, cấp thuốc miễn phí và cắt tóc cho bà con trong xã.";
        assert!(between(
            before,
            "Đồn Biên phòng Tân Lập tặng quà cho các hộ nghèo vui xuân, đón Tết.",
            after
        ));
        let flag = "Sáng 2/10, cơ quan Đảng ủy xã Tân Lập tổ chức lễ chào cờ và sinh hoạt chính trị dưới cờ tháng 10/2025 cho cán bộ, công chức.";
        assert!(between(
            flag,
            "Cơ quan Đảng ủy xã Tân Lập tổ chức lễ chào cờ và sinh hoạt chính trị dưới cờ tháng 10/2025.",
            after
        ));
    }

    #[test]
    fn the_texts_own_one_sentence_paragraphs_stay() {
        let before = "Tại chương trình, Đồn Biên phòng Tân Lập đã trao tặng 200 phần quà cho các hộ nghèo, gia đình chính sách trên địa bàn xã biên giới.";
        let after = "Dịp này, đơn vị còn tổ chức khám bệnh, cấp thuốc miễn phí và cắt tóc cho bà con trong xã.";
        for line in [
            // A time, a tie, a quotation, a figure, a tense, speech.
            "Chiều cùng ngày, Đồn Biên phòng Tân Lập tặng quà cho các hộ nghèo trong xã.",
            "Theo đó, Đồn Biên phòng Tân Lập tặng quà cho các hộ nghèo trong xã.",
            "Đồn Biên phòng Tân Lập tặng quà “Xuân ấm” cho các hộ nghèo trong xã.",
            "Đồn Biên phòng Tân Lập tặng 200 phần quà cho các hộ nghèo trong xã.",
            "Đồn Biên phòng Tân Lập đã tặng quà cho các hộ nghèo trong xã.",
            "Đồn Biên phòng Tân Lập cho biết sẽ tặng quà cho các hộ nghèo trong xã.",
            // Who came, pointing back, a document cited.
            "Dự chương trình có đồng chí Lê Văn An, Phó Chủ tịch UBND xã Tân Lập.",
            "Đơn vị này tặng quà cho các hộ nghèo, gia đình chính sách trong xã.",
            "Đồn Biên phòng Tân Lập tặng quà theo Kế hoạch số 12/KH-BCH cho các hộ nghèo.",
        ] {
            assert!(!between(before, line, after), "{line}");
        }
        // Items of a list open alike; a line after a clause ending in ";".
        let items: Vec<String> = [
            before,
            "Tổ Công tác số 1 do đồng chí Lê Văn An chủ trì làm việc với các hộ nghèo trong xã.",
            "Tổ Công tác số 2 do đồng chí Trần Văn Bình chủ trì làm việc với các hộ nghèo trong xã.",
            after,
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(mark(&items, &[], true), [false; 4]);
        assert!(!between(
            "Thực hiện kế hoạch của Ban Chỉ huy Bộ đội Biên phòng tỉnh về tặng quà cho các hộ nghèo, gia đình chính sách trên địa bàn;",
            "Đồn Biên phòng Tân Lập tặng quà cho các hộ nghèo vui xuân, đón Tết.",
            after
        ));
    }
}
