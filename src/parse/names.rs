//! Person names in a token stream. A Vietnamese name is 2–4 capitalised
//! syllables, usually opening with a family name; institution words
//! ("Ban", "Ủy", "UBND"), title heads and known places are never names.

use super::lexicon;
use super::text::{capitalize_name, is_letter};
use super::titles::{head_len, place_len};
use super::tokens::Tokens;
use super::vocab;
use std::sync::LazyLock;

/// Lower-case words that never sit inside a name, even when a scraped page
/// lower-cases a middle syllable ("Lê trí Vũ").
const NOT_MIDDLE: &[&str] = &[
    "và",
    "của",
    "với",
    "có",
    "là",
    "đã",
    "tại",
    "ở",
    "các",
    "những",
    "cùng",
    "được",
    "cho",
    "về",
    "trong",
    "thì",
    "mà",
    "sẽ",
    "đang",
    "vừa",
    "từ",
    "đến",
    "nay",
    "chủ",
    "phát",
    "dự",
    "tham",
    "yêu",
    "nhấn",
    "đề",
    "ghi",
    "đánh",
    "khẳng",
    "nêu",
    "trao",
    "thăm",
    "làm",
    // "cán bộ Đoàn nhận Giải thưởng …": receiving, no middle syllable.
    "nhận",
    // "Thứ trưởng Bộ Công an thôi giữ chức": leaving a post.
    "thôi",
    "tổ",
    "chúc",
    "cũng",
    "đồng",
    "kết",
    "báo",
    "trình",
    "tiếp",
    "gửi",
    "nói",
    "cho",
    "khi",
    "để",
    "theo",
    "người",
    "này",
    "ông",
    "bà",
    "ngày",
    "năm",
    "tháng",
    "sáng",
    "chiều",
    "hội",
    "tỉnh",
    "huyện",
    "xã",
    "phường",
    "quận",
    "ban",
    // "Trưởng Công Đoàn ngành Y tế": the sector a union or a board
    // serves, after a capitalised word that may be a family name.
    "ngành",
    "ủy",
    "uỷ",
    "điều",
    "chỉ",
    "do",
    "bởi",
    "gồm",
    // "bầu bổ sung ông A, Trưởng Ban Tổ chức Trung ương Hội vào Ban Thường
    // vụ": the body someone is elected into, after the post they hold.
    "vào",
];

/// Word pairs of institutions' names that look like two name syllables
/// ("Đoàn Thanh niên", "Hội Nông dân Việt Nam", "Đoàn Kiểm tra"). Pairs that are also given
/// names ("Văn Hóa", "An Ninh") are left out on purpose.
#[rustfmt::skip]
const NOT_NAME_PAIRS: &[&str] = &[
    "nông dân", "việt nam", "thanh niên", "phụ nữ", "cựu chiến", "chiến binh", "lao động",
    "công đoàn", "mặt trận", "tổ quốc", "nhân dân", "cộng sản", "dân vận", "tuyên giáo",
    "chữ thập", "thập đỏ", "người cao", "cao tuổi", "khuyến học", "doanh nghiệp", "liên hiệp",
    "nội vụ", "tư pháp", "biên phòng", "quân sự", "công an", "trung ương", "quốc hội",
    "vương quốc", "kiểm tra", "giám sát", "khảo sát", "thanh tra", "công tác", "đại biểu",
    "lãnh đạo",
    // "cán bộ Đoàn Thủ đô tiêu biểu": the capital's Youth Union, though
    // "Đoàn" is a family name and "Thủ" a given one.
    "thủ đô",
    // "lễ Thiên chúa Giáng sinh năm 2024": God and Christmas, though
    // "Thiên" is also a family name and "sinh năm" tells a birth year.
    "thiên chúa", "giáng sinh",
];

/// Whether token `j` can be a syllable of a name: a capitalised word of
/// letters, at most eight (a Vietnamese syllable has seven) or, in Latin
/// script without marks, sixteen ("Thammavong", "Houngboungnuang"). A
/// word opening with two capitals before small letters is an agency's
/// initials glued to a word (`TTXViệt` of a photo credit), no syllable,
/// unless it is an ethnic-minority clan name written with its second
/// letter in capitals too, as Ê Đê names often are (`Y Jút BKrông`).
fn syllable(t: &Tokens, j: usize) -> bool {
    let w = t.raw(j);
    let n = w.chars().count();
    t.is_cap(j)
        && (!initials_glued(w) || ethnic_clan(t, j))
        && (((n <= 8 || (n <= 16 && (w.is_ascii() || foreign_letters(w))))
            && w.chars()
                .all(|c| is_letter(c) || c == '\'' || c == '’' || (c == '-' && w.is_ascii())))
            || transliterated(w)
            // "G.B" (Gioan Baotixita) before a Catholic's name.
            || w.contains('.') && vocab::is_baptismal(t.low(j)))
        && !t.has(j, vocab::flag::INSTITUTION)
        && !t.is_abbrev(j)
        && !initials_dashed(w)
        && head_len(t, j).is_none_or(|n| name_cased_office(t, j, n))
}

/// Whether `w` is two sets of initials or more joined by dashes, each of
/// two capitals or more ("UV-BTV", "HUV-PCT", "TN-MT"): a post or a
/// sector written short, never a syllable of a name, even one of a
/// foreign name written with a dash ("Min-ho", "Jean-Pierre").
fn initials_dashed(w: &str) -> bool {
    w.contains('-')
        && w.split('-').all(|part| {
            part.chars().count() >= 2 && part.chars().all(|c| c.is_uppercase() && is_letter(c))
        })
}

/// Whether the teknonym at `i` is written beside a name of the person's
/// own: in brackets after it ("Y Bhin Niê (Ama Minh)"), or after "tức"
/// or "thường gọi là".
fn beside_own_name(t: &Tokens, i: usize) -> bool {
    i > 0 && (t.is_punct(i - 1, '(') || t.low(i - 1) == "tức")
        || i >= 2 && t.phrase(i - 2, 2) == Some("gọi là")
}

/// Whether an office of two or more words at `j`, right after a name's
/// capitalised syllable, is written with capitals its usual form keeps
/// small: "Nguyễn Hoàng Hậu", "Trần Quốc Vương" are names, as every
/// syllable of a name is capitalised, beside the titles "Hoàng hậu" and
/// "Quốc vương".
fn name_cased_office(t: &Tokens, j: usize, n: usize) -> bool {
    let after_syllable =
        j > 0 && t.is_cap(j - 1) && t.phrase(j - 1, 2).is_some() && head_len(t, j - 1).is_none();
    let usual_small = || {
        t.phrase(j, n)
            .and_then(vocab::canonical_head)
            .is_some_and(|usual| {
                usual
                    .split(' ')
                    .skip(1)
                    .any(|w| w.starts_with(char::is_lowercase))
            })
    };
    n >= 2 && after_syllable && (j..j + n).all(|k| t.is_cap(k)) && usual_small()
}

/// Most letters of one initial: "Ph", "Ng", "Th" stand for one sound.
const MAX_INITIAL: usize = 2;

/// Where a name written as its initials ends ("ông L.H.Q.", "bà
/// P.V.Ph."), as the press writes those it may not name in full: right
/// after "ông" or "bà", two to five initials of a capital and at most one
/// small letter, joined by full stops, and the full stop after the last
/// when the sentence goes on.
fn initials_end(t: &Tokens, i: usize, strong: bool) -> Option<usize> {
    let w = t.raw(i);
    let initial = |s: &str| {
        let mut c = s.chars();
        c.next().is_some_and(char::is_uppercase)
            && s.chars().count() <= MAX_INITIAL
            && c.all(char::is_lowercase)
    };
    let parts = w.split('.').count();
    let shaped = strong
        && i > 0
        && matches!(t.low(i - 1), "ông" | "bà")
        && (2..=5).contains(&parts)
        && w.split('.').all(initial)
        && !t.is_abbrev(i);
    if !shaped {
        return None;
    }
    // "ông L.H.Q. (sinh năm 1982)": a glued full stop closes the last
    // initial when more of the sentence follows it.
    let glued = t.is_punct(i + 1, '.') && t.toks[i + 1].start == t.toks[i].end;
    let goes_on =
        t.is_punct(i + 2, '(') || t.is_punct(i + 2, ',') || t.is_word(i + 2) && !t.is_cap(i + 2);
    Some(i + 1 + usize::from(glued && goes_on))
}

/// Whether `w` opens with two capital letters and has small letters
/// after them: initials glued to a word (`TTXViệt`, `VNAPhoto`), which no
/// name syllable is ("H'Ngọc" and `McLean` have a mark or a small letter
/// between their capitals).
fn initials_glued(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.next().is_some_and(char::is_uppercase)
        && w.chars().any(char::is_lowercase)
}

/// Whether token `j`, written with two capitals before small letters, is
/// a clan name the ethnic-minority list holds (`BKrông`, `ÊBan`): it
/// closes a name whose syllables come before it, as an agency's initials
/// glued to a word never do.
fn ethnic_clan(t: &Tokens, j: usize) -> bool {
    j > 0 && t.is_cap(j - 1) && ethnic_name_word(t, j, false)
}

/// Whether the capitalised token `j` is a word of
/// `assets/lexicon/ethnic.txt`, which opens or closes the names of the
/// Central Highlands' peoples ("Y", "Ksor", "Niê"); one that is also an
/// everyday word (marker `weak`: "A", "Đa") only when `weak_too`.
pub(crate) fn ethnic_name_word(t: &Tokens, j: usize, weak_too: bool) -> bool {
    let w = t.low(j);
    t.is_cap(j)
        && ETHNIC_WORDS
            .iter()
            .any(|&(e, weak)| e == w && (weak_too || !weak))
}

/// The words of `assets/lexicon/ethnic.txt`, lower case, each with
/// whether it is also an everyday word (marker `weak`).
static ETHNIC_WORDS: LazyLock<Vec<(&'static str, bool)>> = LazyLock::new(|| {
    lexicon::entries(lexicon::ETHNIC)
        .map(|(w, marker)| (w, marker == "weak"))
        .collect()
});

/// Whether `w` is one word of a Lao or Khmer name written the Vietnamese
/// way, its syllables joined by dashes: "Bun-thoong", "Sỉ-vi-lay".
fn transliterated(w: &str) -> bool {
    let mut parts = w.split('-');
    let first = parts.next().unwrap_or("");
    let part = |p: &str| (1..=6).contains(&p.chars().count()) && p.chars().all(is_letter);
    let mut rest = 0;
    for p in parts {
        if rest == 3 || !part(p) || p.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        rest += 1;
    }
    rest > 0 && part(first) && first.chars().next().is_some_and(char::is_uppercase)
}

/// Names of Vietnam's ethnic groups written as two or more syllables
/// (`assets/lexicon/ethnic_groups.txt`), which look like a person's name
/// after "người", "già làng".
static ETHNIC_GROUPS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    lexicon::words(lexicon::ETHNIC_GROUPS)
        .filter(|g| g.contains(' '))
        .collect()
});

/// Names of Vietnam's ethnic groups written as one word, which may open a
/// person's name after "người" ("người Mông Vàng A Sử").
static ETHNIC_GROUPS_ONE_WORD: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    lexicon::words(lexicon::ETHNIC_GROUPS)
        .filter(|g| !g.contains(' '))
        .collect()
});

/// Whether token `k` touches the next one, with no space between.
fn glued(t: &Tokens, k: usize) -> bool {
    t.toks
        .get(k)
        .zip(t.toks.get(k + 1))
        .is_some_and(|(a, b)| a.end == b.start)
}

/// Where a foreign name written with dashes and no spaces ("Oh-Sae-Hyun")
/// that starts at `i` ends: capitalised Latin syllables, at most four.
fn glued_dashes(t: &Tokens, i: usize) -> Option<usize> {
    let glued = |k: usize| glued(t, k);
    let mut j = i + 1;
    while j < i + 7
        && t.is_dash(j)
        && glued(j - 1)
        && glued(j)
        && syllable(t, j + 1)
        && t.raw(j + 1).is_ascii()
    {
        j += 2;
    }
    (j > i + 1 && t.raw(i).is_ascii()).then_some(j)
}

/// Where a word of capitalised syllables glued by dashes, in any letters,
/// that starts at `i` ends ("Phăn-Tha-Vông"); at most four syllables.
fn glued_syllables(t: &Tokens, i: usize) -> Option<usize> {
    let glued = |k: usize| glued(t, k);
    if !syllable(t, i) {
        return None;
    }
    let mut j = i + 1;
    while j < i + 7 && t.is_dash(j) && glued(j - 1) && glued(j) && syllable(t, j + 1) {
        j += 2;
    }
    (j > i + 1).then_some(j)
}

/// Whether token `j`, an organ word ("Viện", "Sở", "Hội"), is the last
/// syllable of a name: written like one and followed by punctuation or the
/// end of the text, not by the rest of an organ's name.
fn organ_word_last(t: &Tokens, j: usize) -> bool {
    let w = t.raw(j);
    t.is_cap(j)
        && t.has(j, vocab::flag::INSTITUTION)
        && (!t.is_word(j + 1) || person_after_and(t, j + 1))
        && !t.is_abbrev(j)
        && w.chars().count() <= 7
        && w.chars().all(is_letter)
        && w.chars().skip(1).all(char::is_lowercase)
        && head_len(t, j).is_none()
}

/// Whether the two words at `j`, which spell an organ's name ("Công An"),
/// are each capitalised as the syllables of a name are, before a bracket
/// or a comma: a person's middle and given names, as the organ is written
/// "Công an".
fn organ_spelt(t: &Tokens, j: usize) -> bool {
    let name_like = |k: usize| {
        let w = t.raw(k);
        t.is_cap(k) && w.chars().count() <= 7 && w.chars().skip(1).all(char::is_lowercase)
    };
    name_like(j) && name_like(j + 1) && (t.is_punct(j + 2, '(') || t.is_punct(j + 2, ','))
}

/// Whether the capitalised word at `j`, right after a middle name ("Văn",
/// "Thị"), is the given name though it is also an organ's or a place's
/// word ("Nguyễn Văn Đảng cho biết", "Trần Văn Tỉnh phát biểu"): a middle
/// name needs a given name after it, and the small word next makes no
/// title or organ with it ("Tỉnh ủy" would).
fn word_given_after_middle(t: &Tokens, j: usize) -> bool {
    let w = t.raw(j);
    matches!(t.low(j - 1), "văn" | "thị")
        && t.is_cap(j)
        && t.is_word(j + 1)
        && !t.is_cap(j + 1)
        && !t.is_abbrev(j)
        && w.chars().count() <= 7
        && w.chars().all(is_letter)
        && w.chars().skip(1).all(char::is_lowercase)
        && !(2..=3).any(|n| t.phrase(j, n).is_some_and(vocab::is_title_word))
        && super::organs::organ_len(t, j).is_none()
}

/// Whether "và" at `k` joins another person, by a rank, a cue or a name
/// with a family name: "Hạ sĩ Lê Văn Đảng và Hạ sĩ Bùi Văn Nam" (where
/// "Đảng và Nhà nước" goes on with no person).
fn person_after_and(t: &Tokens, k: usize) -> bool {
    t.low(k) == "và"
        && t.is_word(k + 1)
        && (t.has(k + 1, vocab::flag::PERSON_CUE)
            || head_len(t, k + 1).is_some_and(|n| super::titles::is_rank(t, k + 1, n))
            || t.is_cap(k + 1) && t.family(k + 1, false) && syllable(t, k + 2))
}

/// "Lê Văn Trưởng (SN 1979, …)", "Trần Văn Chánh,": a one-word office
/// after two syllables of a name and before punctuation is the given name,
/// since an office written alone there names no body to hold; so is one
/// before a small word that goes on no organ's name (see below).
fn office_word_last(t: &Tokens, j: usize) -> bool {
    if t.is_word(j + 1) {
        return office_word_before_small_word(t, j);
    }
    t.is_cap(j) && !t.is_abbrev(j) && t.raw(j).chars().all(is_letter) && head_len(t, j) == Some(1)
}

/// "Nguyễn Công Trưởng và Hoàng Văn Ngôn", "Lê Minh Chánh cho biết": a
/// one-word office after two syllables of a name, followed by a small
/// word that never goes on an organ's name and making no title with it,
/// names no body to head, so it is the given name.
fn office_word_before_small_word(t: &Tokens, j: usize) -> bool {
    t.is_cap(j)
        && t.is_word(j + 1)
        && !t.is_cap(j + 1)
        && not_in_organ(t.low(j + 1))
        && !t.is_abbrev(j)
        && t.raw(j).chars().all(is_letter)
        && head_len(t, j) == Some(1)
        && !(2..=3).any(|n| t.phrase(j, n).is_some_and(vocab::is_title_word))
}

/// Whether the capitalised word at `j`, after at least two syllables of a
/// name, opens a new sentence or a time phrase instead ("… Lê Văn Tám Sáng
/// nay", "… Nguyễn Văn Tám Theo đó"); "Lê Văn Sáng, Bí thư" keeps it.
fn stops_name(t: &Tokens, j: usize) -> bool {
    let next_lower = t.is_word(j + 1) && !t.is_cap(j + 1) && t.phrase(j, 2).is_some();
    // "… ông Lê Văn Tâm Đồng chí Bí thư …": a cue opened by a given name.
    if next_lower
        && STOPS_BEFORE
            .iter()
            .any(|&(w, next)| t.low(j) == w && t.low(j + 1) == next)
    {
        return true;
    }
    if t.has(j, vocab::flag::NAME_STOP) {
        return next_lower;
    }
    t.has(j, vocab::flag::TIME_STOP)
        && next_lower
        && (matches!(t.low(j + 1), "nay" | "qua" | "mai" | "ngày" | "cùng")
            || t.low(j + 1).starts_with(|c: char| c.is_ascii_digit()))
}

/// Given names that end a name only before one lower-case word, with
/// which they make a cue ("Đồng" before "chí"): `name_stops.txt`'s
/// entries marked `cue`, split at their first space.
static STOPS_BEFORE: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    lexicon::entries(lexicon::NAME_STOPS)
        .filter(|&(_, marker)| marker == "cue")
        .filter_map(|(w, _)| w.split_once(' '))
        .collect()
});

/// Whether a lower-case word never sits inside an organ's name either
/// ("và", "của", "tại", verbs such as "thăm", "làm").
pub fn not_in_organ(lower: &str) -> bool {
    NOT_MIDDLE.contains(&lower)
}

/// The word lists' flags of a word that is no given name: a title,
/// place, institution, office, organ or word that ends a name.
pub const KNOWN: u16 = vocab::flag::TITLE
    | vocab::flag::PLACE
    | vocab::flag::INSTITUTION
    | vocab::flag::HEAD
    | vocab::flag::ORGAN
    | vocab::flag::NAME_STOP;

/// Whether a name whose family name no list knows starts at `j`: three or
/// four capitalised syllables that are no organ, place, title or
/// abbreviation word, ending where a capital no longer follows, and not
/// after a lower-case level word ("xã Tân Phú Đông" is a place).
pub fn unknown_name_at(t: &Tokens, j: usize) -> bool {
    // Cheap tests first: this is asked wherever a title may end.
    // A word that only opens places ("Quảng", "Long") opens a name when a
    // middle name follows it and no place is read there: "Bí thư Huyện ủy
    // Quảng Văn Hòa".
    // A word that only opens a longer title phrase or place ("Tập" of
    // "tập đoàn", of the commune "Tập Sơn") is known only where that
    // phrase stands: "Chủ tịch nước Trung Quốc Tập Cận Bình".
    if let Some(whole) = foreign_with_tail(t, j) {
        return whole;
    }
    let title_here = t.has(j, vocab::flag::TITLE)
        && (1..=usize::from(t.info(j).title))
            .any(|n| t.phrase(j, n).is_some_and(vocab::is_title_word));
    let other = t.has(j, KNOWN & !(vocab::flag::TITLE | vocab::flag::PLACE));
    let known = other || title_here || t.has(j, vocab::flag::PLACE) && place_len(t, j).is_some();
    if !t.is_cap(j)
        || !t.is_cap(j + 1)
        || known && (other || title_here || !matches!(t.low(j + 1), "văn" | "thị"))
        || !syllable(t, j)
        || known && !middle_name_next(t, j)
    {
        return false;
    }
    // After "xã", "huyện" … a place is expected; a name there shows itself
    // by its middle name ("tỉnh Nhữ Văn Tâm").
    let after_level = j > 0 && t.has(j - 1, vocab::flag::PLACE_WORD) && !t.is_cap(j - 1);
    if after_level && !matches!(t.low(j + 1), "văn" | "thị") {
        return false;
    }
    let mut k = j + 1;
    while k < j + 5 && t.phrase(k - 1, 2).is_some() && syllable(t, k) {
        k += 1;
    }
    // "Quốc vương Mohammed VI": a monarch's regnal number is no initials.
    let regnal = regnal_number(t.raw(j + 1)) && foreign(t.raw(j));
    if regnal {
        k = j + 2;
    }
    let all_caps = t.raw(j + 1).chars().all(|c| !c.is_lowercase()) && !regnal;
    // A family name inside the run opens the name there instead; a
    // foreign word with an apostrophe, read as opening an ethnic name,
    // does not ("Damien O'Connor").
    let clean = (j + 1..k - usize::from(regnal)).all(|m| {
        let title = (1..=2).any(|n| t.phrase(m, n).is_some_and(vocab::is_title_word));
        !title
            && !t.has(m, vocab::flag::INSTITUTION | vocab::flag::HEAD)
            && place_len(t, m).is_none()
            && (!t.family(m, false) || foreign(t.raw(m)))
    });
    let n = k - j;
    // Two words: one foreign by its vowels or letters ("Tony Smith"), or
    // both in Latin letters and one by its consonants ("Grant Folby"); a
    // Khmer pagoda's name spelt the Vietnamese way is none ("Kos Thmây").
    let latin = || (j..k).all(|m| t.raw(m).is_ascii());
    let shaped = (3..=4).contains(&n)
        || n == 2
            && ((j..k).any(|m| foreign_shape(t.raw(m)))
                || latin() && (j..k).any(|m| foreign(t.raw(m))));
    // A capital after the run opens more of an organ's name, unless it is
    // initials glued to a word ("… Augusto Morelli TTXViệt Nam", a photo
    // credit run into a caption).
    let more = t.phrase(k - 1, 2).is_some() && t.is_cap(k) && !initials_glued(t.raw(k));
    // "Phó Ban Điều hành Trí Huệ Cung": a run closed by the word of a
    // place of worship is that place's classical name.
    let shrine = n >= 3 && lexicon::is_shrine_word(t.low(k - 1));
    shaped && !all_caps && clean && !more && !shrine
}

/// Whether a foreign name in Latin letters at `j` goes on with what only
/// such a name has (`foreign_tail`: "Derek J. Olmstead", "Faisal bin
/// Hamad"): `None` when the word is no such name's first.
fn foreign_with_tail(t: &Tokens, j: usize) -> Option<bool> {
    // Cheap tests first: most words are no capitalised ASCII word.
    if !t.is_cap(j) || !t.raw(j).is_ascii() || !syllable(t, j) || t.has(j, KNOWN) {
        return None;
    }
    if !foreign(t.raw(j)) {
        return None;
    }
    let mut k = j + 1;
    while k < j + 4 && t.phrase(k - 1, 2).is_some() && syllable(t, k) && t.raw(k).is_ascii() {
        k += 1;
    }
    (foreign_tail(t, j, k) > k).then_some(true)
}

/// Whether `word` is a monarch's regnal number in Roman numerals
/// ("VI" of "Mohammed VI", "III" of "Charles III").
pub(crate) fn regnal_number(word: &str) -> bool {
    (1..=4).contains(&word.len()) && word.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
}

/// Whether the capitalised word at `j`, which only opens places, is
/// followed by a middle name ("Văn", "Thị") and a third syllable, with no
/// place read from `j`: a family name no list holds.
pub(crate) fn middle_name_next(t: &Tokens, j: usize) -> bool {
    matches!(t.low(j + 1), "văn" | "thị")
        && t.is_cap(j + 2)
        && syllable(t, j + 2)
        && place_len(t, j).is_none()
}

/// Whether `name` is initials alone joined by dots ("T.B", "N.H.Q."): a
/// writer signing a short item, or someone the press will not name.
pub(crate) fn dotted_initials(name: &str) -> bool {
    let parts: Vec<&str> = name.trim_end_matches('.').split('.').collect();
    (2..=4).contains(&parts.len())
        && parts.iter().all(|p| {
            let mut c = p.chars();
            c.next().is_some_and(char::is_uppercase) && c.next().is_none()
        })
}

/// Whether a word in Latin script without marks cannot be one Vietnamese
/// syllable: two groups of vowels ("Haruna", "Valy") or a letter Vietnamese
/// does not use ("Fidel", "Jun", "Wang", "Zaw"), or a transliteration
/// with dashes ("Chít-ma-ni").
pub(crate) fn foreign(word: &str) -> bool {
    foreign_shape(word) || word.is_ascii() && unvietnamese_spelling(word)
}

/// Whether a word cannot be one Vietnamese syllable by its vowels or its
/// letters (`foreign` less the consonants' test).
fn foreign_shape(word: &str) -> bool {
    if transliterated(word) {
        return true;
    }
    if !word.is_ascii() {
        return foreign_letters(word);
    }
    if word.len() < 3 {
        return false;
    }
    let lower = word.to_ascii_lowercase();
    let vowel = |c: char| "aeiouy".contains(c);
    let groups = lower
        .chars()
        .zip(std::iter::once(' ').chain(lower.chars()))
        .filter(|&(c, prev)| vowel(c) && !vowel(prev))
        .count();
    groups >= 2 || lower.contains(['f', 'j', 'w', 'z'])
}

/// Whether an ASCII word is spelt as no Vietnamese syllable written
/// without marks is: two consonants together that open no syllable
/// ("Scott", "Smith", "Blinken"), a last consonant no syllable ends with
/// ("Kerry", "Ross"), or "y" before a vowel other than after "u" ("Ryan";
/// "khuya", "nguyen" are Vietnamese).
fn unvietnamese_spelling(word: &str) -> bool {
    // Asked of many words: short ones are lowered on the stack.
    let mut room = [0u8; 16];
    let owned;
    let b: &[u8] = match room.get_mut(..word.len()) {
        Some(room) => {
            room.copy_from_slice(word.as_bytes());
            room.make_ascii_lowercase();
            room
        }
        None => {
            owned = word.to_ascii_lowercase();
            owned.as_bytes()
        }
    };
    let vowel = |c: u8| b"aeiouy".contains(&c);
    let pair_ok = |x: u8, y: u8| {
        matches!(
            (x, y),
            (b'c' | b'g' | b'k' | b'n' | b'p' | b't', b'h')
                | (b'n', b'g')
                | (b't', b'r')
                | (b'q', b'u')
        )
    };
    let last = b.last().copied().unwrap_or(b'a');
    let bad_end = !vowel(last)
        && !matches!(last, b'c' | b'm' | b'n' | b'p' | b't')
        && !b.ends_with(b"ch")
        && !b.ends_with(b"nh")
        && !b.ends_with(b"ng");
    let cluster = b
        .windows(2)
        .any(|w| !vowel(w[0]) && !vowel(w[1]) && !pair_ok(w[0], w[1]));
    let y_vowel = b
        .windows(3)
        .any(|w| w[0] != b'u' && w[1] == b'y' && vowel(w[2]))
        || b.len() > 1 && b[0] == b'y' && vowel(b[1]) && b[1] != b'e';
    bad_end || cluster || y_vowel
}

/// Whether a word with marks spells a letter Vietnamese does not use
/// ("Szijjártó", "Jürgen", "Bozóki"): a European name, which may run
/// longer than any Vietnamese syllable.
fn foreign_letters(w: &str) -> bool {
    w.chars().count() >= 3 && w.contains(['f', 'j', 'w', 'z', 'F', 'J', 'W', 'Z'])
}

/// Whether `w` is a whole name of one word as the K'Ho, Mạ and Chu Ru
/// peoples of Lâm Đồng write a man's: "K'" and a capitalised given name
/// ("K'Hoa", "K'Dơng"), which needs no second syllable.
pub fn kho_name(w: &str) -> bool {
    let Some(given) = w.strip_prefix("K'").or_else(|| w.strip_prefix("K’")) else {
        return false;
    };
    let mut chars = given.chars();
    chars.next().is_some_and(char::is_uppercase)
        && given.chars().count() >= 2
        && chars.all(|c| is_letter(c) && c.is_lowercase())
}

/// Whether `w` is a foreign name of three or more syllables written as one
/// word, each opening with a capital (`NiekSaVuon`, a Khmer name): Latin
/// letters only, every part a capital and small letters with a vowel.
/// Firms glue two parts (`VinFast`, `MobiFone`); a person's name glued so
/// has three at least, and is read only after a cue or a title.
pub(crate) fn camel_glued(w: &str) -> bool {
    if !w.is_ascii() || !w.bytes().all(|b| b.is_ascii_alphabetic()) {
        return false;
    }
    let mut parts = 0;
    let b = w.as_bytes();
    let mut k = 0;
    while k < b.len() {
        if !b[k].is_ascii_uppercase() {
            return false;
        }
        let end = (k + 1..b.len())
            .find(|&m| b[m].is_ascii_uppercase())
            .unwrap_or(b.len());
        if end - k < 2 || !has_vowel(&w[k..end]) {
            return false;
        }
        parts += 1;
        k = end;
    }
    parts >= 3
}

/// Whether `w` has a vowel letter, as every syllable does.
fn has_vowel(w: &str) -> bool {
    w.chars().any(|c| {
        matches!(
            crate::text::fold_lower_char(c),
            'a' | 'e' | 'i' | 'o' | 'u' | 'y'
        )
    })
}

/// Whether a lower-case token `j` can be a middle syllable written in
/// lower case ("Nguyễn thị Hoa", "Lê trí Vũ"). A province after it makes
/// the small word part of a firm's name, not of a person's: "Công ty Cao
/// su Đồng Nai" names rubber, not a Mr Cao.
fn lower_middle(t: &Tokens, j: usize) -> bool {
    let w = t.low(j);
    // "gồm đồng chí: Đồng chí Hà Văn Lợi (…)": a family name and a small
    // word that make a cue together ("Đồng chí") open no name.
    let cue = j > 0
        && STOPS_BEFORE
            .iter()
            .any(|&(a, b)| t.low(j - 1) == a && w == b);
    !cue && t.is_word(j)
        && !t.is_cap(j)
        && w.chars().count() <= 6
        && w.chars().all(is_letter)
        && !NOT_MIDDLE.contains(&w)
        && !vocab::is_title_word(w)
        && t.phrase(j, 2).is_some()
        && syllable(t, j + 1)
        && place_len(t, j + 1).is_none()
}

/// Whether the name at `i` opens with a nun's dharma name, "nữ" written
/// small after the family name "Thích" every monk and nun takes ("Ni
/// trưởng Thích nữ Như Minh"): the name goes on past it.
fn nun_word(t: &Tokens, i: usize) -> bool {
    t.low(i) == "thích" && t.raw(i + 1) == "nữ" && syllable(t, i + 2)
}

/// Whether an organ's name of two or three words opens right after the
/// first syllable at `i` and ends on a word no name holds (a small word,
/// an abbreviation): "Đoàn Trường THPT", "Đoàn Công ty", "Đoàn Trường Đại
/// học". "Nguyễn An Ninh" stays a man: his given name is capitalised.
fn organ_after_first(t: &Tokens, i: usize) -> bool {
    (2..=3).any(|n| {
        t.phrase(i + 1, n).is_some_and(vocab::is_title_word)
            && t.is_word(i + n)
            && !syllable(t, i + n)
    })
}

/// Parses a name at `i`. Outside a `strong` context (after "đồng chí",
/// "ông", "bà", a title, or in a list) the name must open with a family name.
/// Returns the index past the name and the name with capitalised syllables.
pub fn parse_name(t: &Tokens, i: usize, strong: bool) -> Option<(usize, String)> {
    let j = name_end(t, i, strong)?;
    Some((j, capitalize_name(t.span(i, j))))
}

/// Where a name starting at `i` ends, as `parse_name` reads it, without
/// building the name.
pub fn name_end(t: &Tokens, i: usize, strong: bool) -> Option<usize> {
    t.name_memo(i, strong, || read_name_end(t, i, strong))
}

/// Whether "Đoàn" and a province's name stand at `i` with no name's
/// syllable after: "Đoàn Lào Cai có 9 VĐV" names a province's delegation,
/// no one of the family Đoàn.
fn delegation_at(t: &Tokens, i: usize) -> bool {
    t.low(i) == "đoàn"
        && (1..=3).any(|n| {
            t.phrase(i + 1, n)
                .is_some_and(|p| crate::units::province(p).is_some())
                && !syllable(t, i + 1 + n)
        })
}

/// Whether the name read at `i..j` stands inside a run of words all in
/// capitals, a quoted post's or a banner's, with such words on both sides:
/// "… CHỞ THƯỢNG ÚY NGUYỄN VĂN AN HY SINH VÀO ĐÊM QUA", where nothing
/// tells where the name ends.
fn inside_capitals(t: &Tokens, i: usize, j: usize) -> bool {
    i > 0 && in_capitals(t, i - 1) && in_capitals(t, i) && in_capitals(t, j)
}

/// Whether the token at `k` is a word of two letters or more, all in
/// capitals.
fn in_capitals(t: &Tokens, k: usize) -> bool {
    let raw = t.raw(k);
    t.is_word(k)
        && t.is_cap(k)
        && raw.chars().nth(1).is_some()
        && raw.chars().all(|c| !c.is_lowercase())
}

/// `name_end`, read from the tokens.
fn read_name_end(t: &Tokens, i: usize, strong: bool) -> Option<usize> {
    if !(syllable(t, i) || strong && small_family_name(t, i)) {
        return initials_end(t, i, strong);
    }
    // "Đa Minh Trần Văn Hòa": a Christian name of two syllables opens
    // the name as a family name does when a family name follows it.
    let family = t.family(i, strong) || {
        let n = christian_len(t, i);
        n > 1 && t.family(i + n, true)
    };
    if !strong && !family {
        return None;
    }
    // "hội viên người Mông Vàng A Tủa": a people of one word, some also
    // a family name, says whom the name after it belongs to.
    if i > 0
        && t.low(i - 1) == "người"
        && ETHNIC_GROUPS_ONE_WORD.contains(&t.low(i))
        && t.phrase(i, 2).is_some()
        && t.family(i + 1, true)
    {
        return None;
    }
    // Ethnic names can run to five syllables ("Y Thanh Hà Niê Kđăm"); only
    // a strong context allows that many.
    // An organ's name is no person's: "Đoàn Thanh niên", "Lục quân"; nor
    // a province's delegation written with no cue ("Đoàn Lào Cai").
    if super::organs::organ_len(t, i).is_some_and(|n| n >= 2) || !strong && delegation_at(t, i) {
        return None;
    }
    // "Huấn luyện viên Giải Bóng đá …": a prize or a cup opens the name of
    // a contest, never a person's, however strong the cue before it.
    if !family && matches!(t.low(i), "giải" | "cúp") {
        return None;
    }
    // "Phanxicô Xaviê Nguyễn Văn An", "Đa Minh Trần Văn Hòa": the
    // Christian names before a Catholic's own add to its length.
    let christian = if family { christian_len(t, i) } else { 0 };
    let max = if strong { 5 } else { 4 } + christian;
    // A Christian name of two syllables is read whole: its second may be
    // written small ("Đa minh").
    let mut j = i + christian.max(1) + usize::from(nun_word(t, i));
    // Whether the name ended before a province's name written right after
    // it, which then is no sixth syllable of one long name.
    let mut before_province = false;
    while j - i < max && t.phrase(j - 1, 2).is_some() {
        if j - i >= 2 && (stops_name(t, j) || written_again(t, i, j)) {
            break;
        }
        if j - i >= 3 && province_follows(t, j) {
            before_province = true;
            break;
        }
        // "Tổng Bí thư Tô Lâm duyệt Đội danh dự": after two syllables, a
        // lower-case word before an organ's word is the holder's doing.
        let third = j - i == 2
            && t.is_cap(j + 1)
            && (head_len(t, j + 1).is_some()
                || vocab::is_title_word(t.low(j + 1)) && !t.has(j + 1, vocab::flag::FAMILY));
        if syllable(t, j) || (family && j - i <= 2 && !third && lower_middle(t, j)) {
            j += 1;
        } else {
            // "Nguyễn Văn Viện,", "Lê Thị Sở (": a given name that is also
            // an organ word ends the name before punctuation; after a cue,
            // a family name that is no other word may stand alone before it
            // ("đồng chí Nguyễn Đảng, Phó Chủ tịch UBND tỉnh").
            let short = j - i == 1 && strong && t.family(i, false);
            if family && (j - i >= 2 || short) && organ_word_last(t, j)
                || family && j - i >= 2 && office_word_last(t, j)
                || family && j - i == 2 && word_given_after_middle(t, j)
                // "Y Blốc Ê Ban": the Ê Đê clan name Êban written apart.
                || j - i >= 2 && t.low(j - 1) == "ê" && t.raw(j) == "Ban"
            {
                j += 1;
            }
            break;
        }
    }
    if strong {
        j = foreign_end(t, i, j);
        j = lao_name_end(t, i, j, family);
    }
    let n = j - i;
    // "Đại sứ Bồ Đào Nha": a country of several words whose later words
    // look like a name ("Đào Nha") goes on being the country.
    if inside_country(t, i) {
        return None;
    }
    // "Bí thư Tỉnh ủy Dương Văn Th", "bà Chu Thị": a name cut off, or one
    // whose end no reader can tell.
    if cut_off(t, i, j) || inside_capitals(t, i, j) {
        return None;
    }
    // A place, or a country or organ ("Đại sứ Hàn Quốc Park Jung-ho": "Hàn"
    // is also a family name).
    if n < 2
        && !(strong && (kho_name(t.raw(i)) || camel_glued(t.raw(i)) || foreign_leader_named(t, i)))
        || place_len(t, i) == Some(n) && !stage_name(t, i, n) && !comrade_named_like_place(t, i, n)
        || (t.has(i, vocab::flag::TITLE)
            && (t.phrase(i, 2).is_some_and(vocab::is_title_word) && !titled_person(t, i, j)
                || t.phrase(i, n).is_some_and(vocab::is_title_word)))
    {
        return None;
    }
    // An ethnic group ("già làng Ê Đê") or a teknonym written beside the
    // person's own name ("Y Bhin Niê (Ama Minh)", "father of Minh") is no
    // one's name, though one known by it alone is ("ông Ama Minh"); nor
    // is a lunar year ("Xuân Giáp Thìn, Thượng tọa kính chúc …"), a stem
    // and a branch, though "Giáp" and "Đinh" are family names; nor the
    // season that opens one ("khai hội Miếu Chúa Bà Xuân Ất Tỵ": "Bà" is
    // no honorific there).
    if t.phrase(i, n).is_some_and(|p| ETHNIC_GROUPS.contains(&p))
        || matches!(t.low(i), "ama" | "amí" | "ami" | "mí" | "ami'") && beside_own_name(t, i)
        || n == 2 && super::dates::names_lunar_year(t.raw(i), t.raw(i + 1))
        || n == 3
            && matches!(t.low(i), "xuân" | "tết")
            && super::dates::names_lunar_year(t.raw(i + 1), t.raw(i + 2))
    {
        return None;
    }
    // "Đoàn Thanh niên", "Nông dân Việt Nam": two of the words, or the last
    // and the next, make an institution's phrase, not a person's name.
    // "Vương quốc" is a kingdom only before a country ("Vương quốc Anh");
    // "Vương Quốc Tuấn" is a man.
    let kingdom =
        |k: usize| t.is_word(k + 2) && t.has(k + 2, vocab::flag::ORGAN) || !t.is_cap(k + 2);
    // "đối tượng Lê Công An (SN 1990)": after a cue, the last two
    // syllables of a name of three may spell one.
    let given = |k: usize| strong && k == i + 1 && j == i + 3 && organ_spelt(t, k);
    if (i..j).any(|k| {
        t.phrase(k, 2).is_some_and(|p| {
            NOT_NAME_PAIRS.contains(&p) && (p != "vương quốc" || kingdom(k)) && !given(k)
        })
    }) {
        return None;
    }
    // "Bí thư Đoàn Trường THPT A", "Đoàn Công ty B": a family name's word
    // before an organ's name is that organ's union ("Đoàn", the Youth
    // Union), no person.
    if j > i + 1 && organ_after_first(t, i) {
        return None;
    }
    // A run of five or more capitals is not one person, unless in a strong context.
    if !strong && !before_province && t.phrase(j - 1, 2).is_some() && syllable(t, j) {
        return None;
    }
    Some(j)
}

/// Most syllables of a Lao or Thai name as Vietnamese writes it, one
/// syllable a word ("My Na Phon Xay Sổm Phu").
const MAX_LAO_NAME: usize = 7;

/// Where a name that ran to the most syllables at `j` ends when it goes
/// on: a Lao guest's name, opened by no Vietnamese family name and written
/// syllable by syllable, is longer than any Vietnamese one ("đồng chí My
/// Na Phon Xay Sổm Phu-Phó Bí thư Tỉnh ủy"). Taken only when a dash or a
/// comma then a title closes the longer run; else `j`.
fn lao_name_end(t: &Tokens, i: usize, j: usize, family: bool) -> usize {
    if family {
        return j;
    }
    if let Some(k) = dashed_halves_end(t, i, j) {
        return k;
    }
    if j - i < 5 {
        return j;
    }
    let mut k = j;
    while k - i < MAX_LAO_NAME
        && t.phrase(k - 1, 2).is_some()
        && syllable(t, k)
        && !stops_name(t, k)
    {
        k += 1;
    }
    let closed = (t.is_dash(k) || t.is_punct(k, ',')) && head_len(t, k + 1).is_some();
    if k > j && closed {
        k
    } else {
        j
    }
}

/// Where a Lao name written in two halves around a spaced dash ends
/// ("đồng chí Khăm Xay – Phôm Ma Vông, Bí thư …"): after a first half
/// of two syllables or more opened by no Vietnamese family name, a second
/// of two to four that opens no title, names no place and ends at a
/// mark; no Vietnamese name holds a dash, and a title after one ("A – Phó
/// Bí thư") keeps its own reading.
fn dashed_halves_end(t: &Tokens, i: usize, j: usize) -> Option<usize> {
    if !t.is_dash(j)
        || !(2..=4).contains(&(j - i))
        || head_len(t, j + 1).is_some()
        || t.family(j + 1, false)
    {
        return None;
    }
    let mut k = j + 1;
    while k - j <= 4 && syllable(t, k) && !stops_name(t, k) {
        k += 1;
    }
    let second = k - j - 1;
    // "Bà Rịa - Vũng Tàu": a province named in two halves, no person.
    if t.phrase(j + 1, second).is_some_and(vocab::is_place) {
        return None;
    }
    let closed = !t.is_word(k) || t.is_punct(k, ',') || t.is_punct(k, '(') || k >= t.len();
    ((2..=4).contains(&second) && closed && k - i - 1 <= MAX_LAO_NAME + 1).then_some(k)
}

/// Offices of foreign heads of state or government and royals, whom news
/// names by one word of their name ("Tổng thống Putin", "Nhà vua Akihito").
const FOREIGN_LEADERS: &[&str] = &[
    "tổng thống",
    "thủ tướng",
    "nhà vua",
    "quốc vương",
    "nhật hoàng",
    "hoàng hậu",
    "hoàng tử",
    "công chúa",
    "thái tử",
    "ngoại trưởng",
];

/// Whether the one word at `i` is a foreign leader's name: spelt as no
/// Vietnamese syllable, known to no list, right after a foreign leader's
/// office and the country it may name ("Thủ tướng Nhật Bản Abe"). A firm
/// after another office ("Chủ tịch Vingroup") is no one.
pub(crate) fn foreign_leader_named(t: &Tokens, i: usize) -> bool {
    // A mark after the office ("A, Phó Thủ tướng, Chủ tịch …") is spelt
    // as no syllable either, and names no one.
    if !t.is_word(i)
        || !t.is_cap(i)
        || !t.raw(i).is_ascii()
        || !foreign(t.raw(i))
        || t.has(i, KNOWN)
        || syllable(t, i + 1)
    {
        return false;
    }
    // The office, then at most three capitalised words of its country.
    (2..=5).any(|back| {
        i >= back
            && t.phrase(i - back, 2)
                .is_some_and(|p| FOREIGN_LEADERS.contains(&p))
            && (i - back + 2..i).all(|k| t.is_cap(k))
    })
}

/// Whether the name `i..j` was cut off where a page ends a line or a
/// teaser: its last word has no vowel ("Dương Văn Th"; one letter is an
/// initial written on purpose, "anh Nguyễn Văn T."), or is the middle
/// name "Thị", never a woman's given name ("bà Chu Thị" at a page's end).
fn cut_off(t: &Tokens, i: usize, j: usize) -> bool {
    let last = t.raw(j - 1);
    // A capital after "Thị" is a given name the read stopped short of, at
    // its most words ("… Lò Văn Giá Nguyễn Thị Mai").
    // A dharma name may end with "Thị" ("Thích Như Thị", thus): the
    // family name "Thích" every monk takes is no woman's.
    last.chars().nth(1).is_some() && !has_vowel(last)
        || j >= i + 2
            && t.low(j - 1) == "thị"
            && !t.is_cap(j)
            && !(j > i + 2 && t.low(i) == "thích")
}

/// Where a name read up to `j` from `i` ends, in a strong context, with
/// what only a foreign name has after its syllables: a regnal number,
/// dashes, an initial or an Arab lineage.
fn foreign_end(t: &Tokens, i: usize, mut j: usize) -> usize {
    // "Quốc vương Mohammed VI": a foreign name may close with a monarch's
    // regnal number.
    if j == i + 1 && regnal_number(t.raw(j)) && foreign(t.raw(i)) {
        j += 1;
    }
    // "ông Jorge Torres-Pereira": a foreign family name of two parts
    // joined by a dash without spaces ends a name in Latin letters.
    if j - i >= 2 {
        if let Some(k) = glued_dashes(t, j - 1).filter(|&k| k == j + 2) {
            j = k;
        }
    }
    // "ngài Oh-Sae-Hyun": a foreign name whose syllables are joined by
    // dashes without spaces, in a strong context only.
    if j == i + 1 {
        j = glued_dashes(t, i).unwrap_or(j);
        // "Vi-La-Vone Phăn-Tha-Vông": a Lao family name of three or more
        // syllables glued the same way, in Vietnamese letters, follows.
        if j > i + 2 && t.phrase(j - 1, 2).is_some() {
            if let Some(k) = glued_syllables(t, j).filter(|&k| k >= j + 5) {
                j = k;
            }
        }
    }
    if t.raw(i).is_ascii() && foreign(t.raw(i)) {
        j = foreign_tail(t, i, j);
    }
    j
}

/// Most words of a foreign name with its links ("Faisal bin Hamad bin
/// Rashid Al Nouri").
const MAX_FOREIGN: usize = 9;

/// Where a foreign name in Latin letters at `i`, read up to `j`, ends
/// with what a Vietnamese name never has: a middle initial and its full
/// stop before the family name ("Howard T. Benning", "Derek J.Olmstead"),
/// an Arab name's "bin" (son of) before each forebear's name
/// ("Faisal bin Hamad bin Rashid Al Nouri"), or a European name's
/// particles ("Maria da Costa", "Karl von der Berg").
fn foreign_tail(t: &Tokens, i: usize, mut j: usize) -> usize {
    let latin = |k: usize| syllable(t, k) && t.raw(k).is_ascii();
    let initial = |w: &str| w.len() == 1 && w.bytes().all(|b| b.is_ascii_uppercase());
    // "J.Olmstead": the tokenizer keeps an initial and a word joined by a
    // full stop as one.
    let dotted = |w: &str| {
        w.len() > 3 && w.is_ascii() && initial(&w[..1]) && w.as_bytes()[1] == b'.' && {
            let rest = &w[2..];
            rest.bytes().all(|b| b.is_ascii_alphabetic())
                && rest.starts_with(|c: char| c.is_ascii_uppercase())
                && rest.bytes().skip(1).all(|b| b.is_ascii_lowercase())
        }
    };
    if j < i + MAX_FOREIGN && t.phrase(j - 1, 2).is_some() && dotted(t.raw(j)) {
        return j + 1;
    }
    if j >= i + 2
        && initial(t.raw(j - 1))
        && t.is_punct(j, '.')
        && glued(t, j - 1)
        && !glued(t, j)
        && latin(j + 1)
    {
        return j + 2;
    }
    let particle = |k: usize| name_particle(t.raw(k)) && t.phrase(k - 1, 2).is_some();
    while j + 1 < i + MAX_FOREIGN && particle(j) {
        // "Ursula von der Leyen": two particles may stand together.
        let next = if particle(j + 1) { j + 2 } else { j + 1 };
        if !(next < i + MAX_FOREIGN && t.phrase(next - 1, 2).is_some() && latin(next)) {
            break;
        }
        j = next + 1;
        while j < i + MAX_FOREIGN && t.phrase(j - 1, 2).is_some() && latin(j) {
            j += 1;
        }
    }
    j
}

/// Whether `word`, as written, links the parts of a foreign name and
/// stays small there: an Arab name's "son of" ("Faisal bin Hamad") or a
/// European name's particles ("Francisco de Assis", "Ursula von der
/// Leyen", "Morais e Cunha"). None is a Vietnamese word before a name.
pub(crate) fn name_particle(word: &str) -> bool {
    matches!(
        word,
        "bin"
            | "ibn"
            | "bint"
            | "binti"
            | "de"
            | "da"
            | "dos"
            | "das"
            | "del"
            | "della"
            | "van"
            | "von"
            | "der"
            | "e"
    )
}

/// Whether the place-shaped name at `i` (of `n` words) is an artist's
/// stage name: right after the state's title for artists ("NSƯT Lệ
/// Thủy", "nghệ sĩ ưu tú Thanh Hoa"), where no place stands. A province's
/// name stays a place ("nghệ nhân ưu tú Hà Nội": the city's).
fn stage_name(t: &Tokens, i: usize, n: usize) -> bool {
    let before = |k: usize| i.checked_sub(k).and_then(|b| t.phrase(b, k));
    let artist = i > 0 && matches!(t.raw(i - 1), "NSƯT" | "NSND")
        || matches!(
            before(3),
            Some("sĩ ưu tú" | "sỹ ưu tú" | "nhân ưu tú" | "sĩ nhân dân" | "sỹ nhân dân")
        ) && matches!(before(4), Some(p) if p.starts_with("nghệ "))
        || matches!(before(4), Some("nghệ nhân nhân dân"));
    artist
        && t.phrase(i, n)
            .is_some_and(|p| crate::units::province(p).is_none())
}

/// Whether the place-shaped name at `i` (of `n` words) is a person's all
/// the same: "đồng chí" stands right before it, a family name opens it, a
/// post follows after a comma or a dash, and it is no province ("đồng chí
/// Mai Sơn, Phó Chủ tịch UBND tỉnh", beside the district Mai Sơn). "Đồng
/// chí" is said of a person only, and a place is never given a post so.
fn comrade_named_like_place(t: &Tokens, i: usize, n: usize) -> bool {
    let comrade = i >= 2 && t.low(i - 2) == "đồng" && t.low(i - 1) == "chí";
    let j = i + n;
    comrade
        && (2..=3).contains(&n)
        && t.family(i, false)
        && (t.is_punct(j, ',') || t.is_dash(j))
        && head_len(t, j + 1).is_some()
        && t.phrase(i, n)
            .is_some_and(|p| crate::units::province(p).is_none())
}

/// Whether the name `i..j` is written again right after itself ("Bùi
/// Văn An Bùi Văn An, …"): a page that printed a photo's text beside the
/// name; no name repeats its own syllables so.
fn written_again(t: &Tokens, i: usize, j: usize) -> bool {
    (0..j - i).all(|k| t.is_word(j + k) && t.low(j + k) == t.low(i + k))
}

/// Whether a province's name of two or more words, or one after its kind
/// word ("Thành phố Hà Nội", "Tỉnh Gia Lai"), starts at `j` right after a
/// name: a flattened table row or a list runs an official into the
/// province they serve ("Phó Thủ tướng Hồ Đức Phớc Gia Lai"). The caller
/// asks it only after three syllables, so "Nguyễn Hòa Bình" stays whole.
fn province_follows(t: &Tokens, j: usize) -> bool {
    if !t.is_cap(j) || !t.is_cap(j + 1) && t.phrase(j, 2) != Some("thành phố") {
        return false;
    }
    (2..=5).any(|n| {
        t.phrase(j, n)
            .is_some_and(|p| t.is_cap(j + n - 1) && crate::units::province(p).is_some())
    })
}

/// Whether the capitalised word at `i` continues a country's or organ's
/// name of the title lists that opened one or two words before it
/// ("Bồ Đào Nha", "Thổ Nhĩ Kỳ").
fn inside_country(t: &Tokens, i: usize) -> bool {
    i > 0
        && t.is_cap(i - 1)
        && (1..=2).any(|back| {
            i >= back
                && (1..=2).any(|on| {
                    t.phrase(i - back, back + on)
                        .is_some_and(|p| p.contains(' ') && vocab::is_country(p))
                })
        })
}

/// Whether the three syllables from `i` to `j` are a person's name although
/// the first two also name a body ("Hoàng Gia Long", beside "Hoàng gia"):
/// a family name opens them, the third names nothing, and a post follows
/// after a comma, a dash or a bracket ("ông Vương Quốc Tuấn (Bí thư Thành
/// ủy …)", beside "Vương quốc").
fn titled_person(t: &Tokens, i: usize, j: usize) -> bool {
    let titled =
        (t.is_punct(j, ',') || t.is_dash(j) || t.is_punct(j, '(')) && head_len(t, j + 1).is_some();
    j == i + 3
        && t.family(i, false)
        && (titled || kingdom_of_no_country(t, i))
        && !vocab::is_title_word(t.low(i + 2))
        && place_len(t, i + 2).is_none()
}

/// Whether "Vương Quốc" at `i` is followed by a given name, not a
/// country's ("Vương Quốc Tuấn phát biểu", beside "Vương quốc Thái Lan"
/// and "Vương quốc Anh", whose "Anh" the country list leaves out as a
/// given name): a man of the family Vương, wherever the sentence goes on.
fn kingdom_of_no_country(t: &Tokens, i: usize) -> bool {
    t.phrase(i, 2) == Some("vương quốc")
        && t.is_cap(i + 1)
        && t.low(i + 2) != "anh"
        && !(1..=3).any(|n| t.phrase(i + 2, n).is_some_and(vocab::is_country))
}

/// Whether a name opening with a family name starts at `j` (used to end a
/// title that runs into the name of its holder).
/// A family name that also opens places counts before "Thị" ("Văn Thị
/// Bạch Tuyết") or before "Văn" and a given name ("Công an viên Hồng Văn
/// Sỹ").
pub fn starts_name(t: &Tokens, j: usize) -> bool {
    t.is_cap(j)
        && t.family(j, true)
        && ((t.family(j, false)
            || t.is_cap(j + 1) && t.low(j + 1) == "thị"
            || hmong_middle(t, j)
            || van_middle(t, j))
            && place_len(t, j).is_none()
            || named_like_place(t, j))
        && name_end(t, j, true).is_some()
        && !closes_place(t, j)
}

/// Whether the family name at `j` is the last word of a place that opens
/// at the word before it: "Giám đốc Công ty Xăng dầu Tiền Giang Nguyễn Văn
/// A", "Hội Nông dân Hà Giang Lê Thị B". A place's name reads whole, so the
/// person's name opens after it. A place that ends at the word before
/// reads first: in "tỉnh Lạng Sơn Hà Thị C" the name opens at "Hà",
/// though "Sơn Hà" is a place too.
fn closes_place(t: &Tokens, j: usize) -> bool {
    let ends_place_before = |k: usize| {
        (1..=3).any(|n| k >= n && t.is_word(k - n) && place_len(t, k - n) == Some(n + 1))
    };
    j > 0
        && t.is_word(j - 1)
        && place_len(t, j - 1).is_some_and(|n| n >= 2)
        && !ends_place_before(j - 1)
}

/// Words that make a noun with "văn" and so open an organ's name, no
/// given name: "Cung Văn hóa", "Nhà Văn hóa", "Văn phòng".
const VAN_NOUNS: &[&str] = &[
    "hóa", "hoá", "nghệ", "phòng", "học", "thư", "bản", "kiện", "miếu", "hiến",
];

/// Whether a family name that also opens places ("Hồng", "Quan") opens a
/// name at `j` with the middle name "Văn" and a capitalised given name
/// after it, the name's last syllable: "Trưởng thôn Quan Văn Thiệu". No
/// place or organ is written so; "Văn" with a noun after it is one.
fn van_middle(t: &Tokens, j: usize) -> bool {
    t.is_cap(j + 1)
        && t.low(j + 1) == "văn"
        && syllable(t, j + 2)
        && !VAN_NOUNS.contains(&t.low(j + 2))
        && !(t.is_word(j + 3) && t.is_cap(j + 3))
}

/// Whether a family name that is also a word ("Vàng", "Mùa") opens a Hmong
/// name at `j`: a middle name only Hmong names have ("A", "Seo", "Mí")
/// and a given name follow ("Vàng A Sáo", "Mùa Seo Chứ").
pub(crate) fn hmong_middle(t: &Tokens, j: usize) -> bool {
    t.is_cap(j + 1)
        && matches!(t.low(j + 1), "a" | "seo" | "mí")
        && t.phrase(j + 1, 2).is_some()
        && syllable(t, j + 2)
}

/// Whether a family name typed in small letters opens a name at `j`, its
/// middle and given names capitalised ("trao vốn cho chị nguyễn Thị
/// Hồng", a portal's typing slip): a family name that is no other word,
/// then "Thị" or "Văn" and a given name. Asked after a cue only.
pub fn small_family_name(t: &Tokens, j: usize) -> bool {
    t.is_word(j)
        && !t.is_cap(j)
        && t.family(j, false)
        && t.is_cap(j + 1)
        && matches!(t.low(j + 1), "thị" | "văn")
        && t.phrase(j, 3).is_some()
        && syllable(t, j + 2)
}

/// `name` without Christian names written short before it: "G.B Phạm Văn
/// A" is shown as readers write him, "Phạm Văn A" (the initials are no
/// name of his own; "Gioan Baotixita" in full stays).
pub fn without_initialled_christian_name(name: String) -> String {
    match name.split_once(' ') {
        Some((first, rest))
            if first.contains('.')
                && rest.contains(' ')
                && vocab::is_baptismal(&first.to_lowercase()) =>
        {
            rest.to_string()
        }
        _ => name,
    }
}

/// Whether a Catholic's name opens at `j` with one or two Christian names
/// before a family name ("Luca Hồ Văn Quý", "Phanxicô Xaviê Lê Văn A").
pub fn christian_name_at(t: &Tokens, j: usize) -> bool {
    let n = christian_len(t, j);
    n > 0 && starts_name(t, j + n)
}

/// Tokens taken by the Christian names at `i`, at most two of them, each
/// of one word or of two written apart: "Luca" (1), "Phanxicô Xaviê" (2),
/// "Đa Minh" (2, "Đa minh" too). The first is capitalised.
pub fn christian_len(t: &Tokens, i: usize) -> usize {
    let mut k = i;
    for _ in 0..2 {
        if !t.is_cap(k) || (k > i && t.phrase(k - 1, 2).is_none()) {
            break;
        }
        let next = t.phrase(k, 2).map(|_| t.low(k + 1));
        match vocab::baptismal_len(t.low(k), next) {
            0 => break,
            // "xã Vinh Sơn", "Giáo xứ Đa Minh": after a unit's or a
            // church's word, the two syllables are the place's name.
            2 if k > 0
                && (t.has(k - 1, vocab::flag::PLACE_WORD)
                    || matches!(t.low(k - 1), "xứ" | "họ" | "hạt" | "phận")) =>
            {
                break
            }
            n => k += n,
        }
    }
    k - i
}

/// Whether a name that opens like a place starts at `j`: a family name
/// and a middle name ("Văn", "Thị") that make a place of two syllables,
/// then a given name ("Đồng Văn Thanh" beside the district "Đồng Văn"),
/// or any two words of a place and one given name after them.
pub fn named_like_place(t: &Tokens, j: usize) -> bool {
    t.family(j, true)
        && place_len(t, j) == Some(2)
        && (matches!(t.low(j + 1), "văn" | "thị")
            && name_end(t, j, true).is_some_and(|m| m > j + 2)
            || given_after_place(t, j))
}

/// Whether a name of two to four syllables opening with a family name
/// that also opens places ("Châu", "Kim", "Lộc", "Sơn") starts at `j`,
/// right after a Party committee named by its tier ("Tỉnh ủy", "Huyện
/// ủy"): "Phó Bí thư Tỉnh ủy Châu Ngọc Tuấn", "Bí thư Tỉnh ủy Sơn Khăng". The committee's own place, when it
/// is written, is one the lists know ("Huyện ủy Châu Thành"), so words no
/// list holds as a place or a unit are its secretary's name.
pub fn name_after_committee(t: &Tokens, j: usize) -> bool {
    j >= 2
        && t.is_cap(j)
        && t.family(j, true)
        && matches!(t.low(j - 1), "ủy" | "uỷ")
        && matches!(
            t.low(j - 2),
            "tỉnh" | "thành" | "huyện" | "quận" | "thị" | "đảng"
        )
        && t.phrase(j - 2, 3).is_some()
        && place_len(t, j).is_none()
        && name_end(t, j, true).is_some_and(|m| {
            // Two words after a province's, district's, city's or town's
            // committee name the unit it is of, and every such unit is
            // known: two that name none are its official's name ("Tỉnh ủy
            // Sơn Khăng" read as the post and its holder). A Party
            // committee ("Đảng ủy") is followed by its body's own name.
            let short = m == j + 2 && t.low(j - 2) != "đảng" && !t.is_cap(m);
            (short || (j + 3..=j + 4).contains(&m)) && !crate::units::is_unit_name(t.span(j, m))
        })
}

/// Whether one given name closes a name of three whose first two words
/// spell a place at `j` ("Vũ Quang Dũng" beside the district "Vũ Quang"):
/// the third is no place's or organ's word, and no capital follows it.
fn given_after_place(t: &Tokens, j: usize) -> bool {
    t.is_cap(j + 2)
        && !t.is_cap(j + 3)
        && !t.has(j + 2, KNOWN)
        && place_len(t, j + 2).is_none()
        && name_end(t, j, true) == Some(j + 3)
        // "tỉnh Đồng Tháp Phạm viết Kiệm": a name of its own opens there,
        // its middle name typed small.
        && name_end(t, j + 2, true).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(s: &str, strong: bool) -> Option<String> {
        parse_name(&Tokens::new(s), 0, strong).map(|(_, n)| n)
    }

    #[test]
    fn vuong_quoc_before_a_given_name_is_a_man_and_before_a_country_a_kingdom() {
        for s in [
            "Vương Quốc Tuấn phát biểu.",
            "Vương Quốc Tuấn.",
            "Vương Quốc Tuấn, Chủ tịch",
        ] {
            assert_eq!(name(s, true).as_deref(), Some("Vương Quốc Tuấn"), "{s}");
        }
        for s in ["Vương Quốc Thái Lan phát biểu.", "Vương Quốc Anh."] {
            assert_eq!(name(s, true), None, "{s}");
        }
    }

    #[test]
    fn names_are_two_to_four_capitalised_syllables() {
        assert_eq!(
            name("Bùi Thị Minh Hoài – Bí thư", false).as_deref(),
            Some("Bùi Thị Minh Hoài")
        );
        assert_eq!(
            name("Đoàn Thu Hà, Phó Chủ tịch", false).as_deref(),
            Some("Đoàn Thu Hà")
        );
        assert_eq!(name("Hoài", true), None);
    }

    #[test]
    fn a_cue_opened_by_a_given_name_ends_the_name_before_it() {
        // Caption lines joined with no stop between them.
        assert_eq!(
            name("Lương Văn Tiến Đồng chí Chủ tịch tặng quà", true).as_deref(),
            Some("Lương Văn Tiến")
        );
        assert_eq!(
            name("Hà Minh Đồng chí Phó Bí thư trao quà", true).as_deref(),
            Some("Hà Minh")
        );
        // The same given name before any other word stays in the name.
        assert_eq!(
            name("Trịnh Văn Đồng cho biết", true).as_deref(),
            Some("Trịnh Văn Đồng")
        );
    }

    #[test]
    fn initials_joined_by_a_dash_end_a_name() {
        // "UV-BTV" after a name with no comma is the post written short,
        // no fourth syllable of the name.
        assert_eq!(
            name(
                "Mạc Văn Thiều UV-BTV Đảng ủy, Chủ nhiệm Ủy ban Kiểm tra",
                false
            )
            .as_deref(),
            Some("Mạc Văn Thiều")
        );
        assert_eq!(
            name("Lò Thị Sen HUV-PCT UBND huyện", true).as_deref(),
            Some("Lò Thị Sen")
        );
        // A foreign given name written with a dash stays whole.
        assert_eq!(name("Park Min-ho", true).as_deref(), Some("Park Min-Ho"));
    }

    #[test]
    fn the_president_cited_his_thought_and_city_are_no_one() {
        // Reports from 2009 on cite him ("Chủ tịch Hồ Chí Minh đã dạy"),
        // they never have him at the event they report.
        let at = |s: &str| {
            let t = Tokens::new(s);
            let i = (0..t.len()).find(|&k| t.low(k) == "hồ").unwrap();
            parse_name(&t, i, true).map(|(_, n)| n)
        };
        assert_eq!(
            at("Chủ tịch Hồ Chí Minh luôn coi trọng công tác dân vận"),
            None
        );
        assert_eq!(
            at("sự lãnh đạo của Đảng và Chủ tịch Hồ Chí Minh kính yêu"),
            None
        );
        assert_eq!(
            at("Chủ tịch Hồ Chí Minh luôn coi trọng vai trò của nhân dân."),
            None
        );
        assert_eq!(at("làm theo tư tưởng của Chủ tịch Hồ Chí Minh"), None);
        assert_eq!(at("viếng Lăng Chủ tịch Hồ Chí Minh"), None);
        assert_eq!(at("Công an Thành phố Hồ Chí Minh cho biết"), None);
    }

    #[test]
    fn a_name_written_twice_in_a_row_is_read_once() {
        assert_eq!(
            name("Lê Văn Hòa Lê Văn Hòa, Bí thư", true).as_deref(),
            Some("Lê Văn Hòa")
        );
        assert_eq!(
            name("Trần An Trần An phát biểu", true).as_deref(),
            Some("Trần An")
        );
    }

    #[test]
    fn a_lower_case_middle_syllable_is_capitalised() {
        assert_eq!(
            name("Lê trí Vũ - Ủy viên", true).as_deref(),
            Some("Lê Trí Vũ")
        );
        assert_eq!(
            name("NGUYỄN VĂN AN,", true).as_deref(),
            Some("Nguyễn Văn An")
        );
        assert_eq!(name("Lê và Vũ", true), None);
    }

    #[test]
    fn a_name_inside_a_run_of_capitals_is_not_read() {
        // Where the run goes on past the name, its end cannot be told.
        let t = Tokens::new("CHỞ THƯỢNG ÚY NGUYỄN VĂN AN HY SINH VÀO 23H ĐÊM QUA");
        assert_eq!(parse_name(&t, 3, true), None);
        // A name in capitals that ends the run is read, as a byline's.
        assert_eq!(
            name("NGUYỄN VĂN AN - TTXVN", true).as_deref(),
            Some("Nguyễn Văn An")
        );
    }

    #[test]
    fn a_doing_before_an_organs_word_ends_a_two_syllable_name() {
        assert_eq!(
            name("Hà Sơn duyệt Đội danh dự", true).as_deref(),
            Some("Hà Sơn")
        );
        // A given name written in lower case before another stays.
        assert_eq!(
            name("Đỗ Thị lan Hương phát biểu", true).as_deref(),
            Some("Đỗ Thị Lan Hương")
        );
    }

    #[test]
    fn institutions_places_and_titles_are_not_names() {
        assert_eq!(name("Ban Dân vận", true), None);
        assert_eq!(name("Hà Nội", false), None);
        assert_eq!(name("Thường trực UBMTTQ", true), None);
        assert_eq!(name("Đoàn Thanh niên", false), None);
        assert_eq!(name("Minh Long", false), None);
        assert_eq!(name("Nông dân Việt Nam", true), None);
        assert_eq!(name("Nông Dân Việt Nam", true), None);
        assert_eq!(
            name("Nguyễn Văn Hóa, Bí thư", false).as_deref(),
            Some("Nguyễn Văn Hóa")
        );
    }

    #[test]
    fn a_family_name_before_an_organ_is_that_organs_union() {
        assert_eq!(name("Đoàn Trường THPT Phan Bội Châu", true), None);
        assert_eq!(name("Đoàn Trường Đại học Tây Bắc", true), None);
        assert_eq!(name("Đoàn Cơ quan Huyện ủy", true), None);
        assert_eq!(
            name("Đoàn Trường Giang, Phó Chủ tịch", false).as_deref(),
            Some("Đoàn Trường Giang")
        );
        assert_eq!(
            name("Nguyễn An Ninh, nhà yêu nước", false).as_deref(),
            Some("Nguyễn An Ninh")
        );
    }

    #[test]
    fn a_given_name_that_is_an_organ_word_stays_before_punctuation() {
        assert_eq!(
            name("Nguyễn Văn Viện, Phó Giám đốc", false).as_deref(),
            Some("Nguyễn Văn Viện")
        );
        assert_eq!(
            name("Lê Thị Sở (52 tuổi)", true).as_deref(),
            Some("Lê Thị Sở")
        );
        assert_eq!(
            name("Nguyễn Văn An Viện Khoa học", true).as_deref(),
            Some("Nguyễn Văn An")
        );
    }

    #[test]
    fn foreign_names_with_dashes_ethnic_groups_and_teknonyms() {
        assert_eq!(
            name("Park Min-soo, Thị trưởng", true).as_deref(),
            Some("Park Min-Soo")
        );
        assert!(name("Choi-Jae-Won, Thị trưởng", true).is_some());
        assert_eq!(name("Choi-Jae-Won, Thị trưởng", false), None);
        assert_eq!(name("Ê Đê", true), None);
        assert_eq!(name("Gia Rai hết mình", true), None);
        let beside = Tokens::new("Y Bhin Niê (Ama Hoa), Trưởng buôn");
        assert_eq!(parse_name(&beside, 4, true), None);
        let alone = Tokens::new("ông Ama Hoa, Trưởng buôn");
        assert_eq!(
            parse_name(&alone, 1, true).map(|(_, n)| n).as_deref(),
            Some("Ama Hoa")
        );
        assert_eq!(name("H’Lan Niê", true).as_deref(), Some("H’Lan Niê"));
    }

    #[test]
    fn given_names_that_spell_an_organ_after_a_cue() {
        assert_eq!(
            name("Lê Công An (SN 1990)", true).as_deref(),
            Some("Lê Công An")
        );
        // Without a cue, or written as the organ is, it stays the organ.
        assert_eq!(name("Lê Công An (SN 1990)", false), None);
        assert_eq!(name("Lê Công an, xã Tân Lập", true).as_deref(), None);
    }

    #[test]
    fn a_name_cut_off_mid_syllable_is_no_name() {
        assert_eq!(name("Trần Văn Th", true), None);
        assert_eq!(name("Lê Thị Ng, Bí thư", false), None);
        assert_eq!(
            name("Trần Văn Thy, Bí thư", false).as_deref(),
            Some("Trần Văn Thy")
        );
    }

    #[test]
    fn a_lao_name_glued_by_dashes_runs_over_both_words() {
        // A second word of two syllables may be a place ("Rịa-Vũng").
        for (text, whole) in [
            (
                "Xi-Pha-Vone Khăm-Bun-Vông, Phó Bí thư",
                "Xi-Pha-Vone Khăm-Bun-Vông",
            ),
            ("Xi-Pha-Vone Rịa-Vũng, Phó Bí thư", "Xi-Pha-Vone"),
        ] {
            assert_eq!(name(text, true).as_deref(), Some(whole), "{text}");
        }
    }

    #[test]
    fn a_lao_name_in_two_halves_around_a_spaced_dash_is_one_name() {
        for (text, whole) in [
            (
                "Bun Mi – Xay Nhạ Vông, Bí thư Tỉnh ủy",
                "Bun Mi – Xay Nhạ Vông",
            ),
            ("Bun Mi - Xay Nhạ Vông.", "Bun Mi - Xay Nhạ Vông"),
        ] {
            assert_eq!(name(text, true).as_deref(), Some(whole), "{text}");
        }
        // A title after the dash, or a Vietnamese name, keeps the dash as
        // a separator.
        for (text, short) in [
            ("Bun Mi – Phó Bí thư Huyện ủy", "Bun Mi"),
            ("Bun Mi – Vũng Tàu.", "Bun Mi"),
            ("Lê Văn Hòa – Xay Nhạ Vông, Bí thư", "Lê Văn Hòa"),
        ] {
            assert_eq!(name(text, true).as_deref(), Some(short), "{text}");
        }
    }

    #[test]
    fn a_name_ends_before_a_title_without_separator() {
        assert_eq!(
            name("Nguyễn Văn An Phó Chủ tịch", false).as_deref(),
            Some("Nguyễn Văn An")
        );
    }

    #[test]
    fn a_foreign_name_opening_with_a_word_of_a_longer_phrase_is_unknown_name() {
        // "Tập" opens "tập đoàn" and the commune "Tập Sơn", neither here.
        let t = Tokens::new("Chủ tịch nước Trung Quốc Tập Cận Bình thăm Việt Nam");
        assert!(unknown_name_at(&t, 5));
        // The phrase itself stays an organ's.
        let t = Tokens::new("Giám đốc Tập Đoàn Dầu Khí phát biểu");
        assert!(!unknown_name_at(&t, 2));
    }
}
