//! Word lists the extractors share: family names, title heads, the words a
//! title may contain, institution words that never belong to a person's
//! name, and known places (from `crate::units`). All entries are lower
//! case, NFC.

use super::lookup::{packed, packed_at, Map, PackedHasher, Phrases, Set};
use super::text::same_key;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

/// Vietnamese family names (lower case). "văn" is left out on purpose: it is
/// far more often a middle name, and place names such as "Văn Lãng" start with it.
#[rustfmt::skip]
const FAMILY: &[&str] = &[
    "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ",
    "hồ", "ngô", "dương", "lý", "đoàn", "đào", "cao", "hà", "mai", "trịnh", "lương", "đinh",
    "lâm", "tạ", "chu", "triệu", "kiều", "quách", "thái", "tô", "hứa", "lưu", "vương", "la",
    "tăng", "giang", "khổng", "mạc", "nông", "lò", "hầu", "y", "h'", "ksor", "rơ", "siu", "kpă",
    "đàm", "lại", "phùng", "thân", "tôn", "từ", "văn", "âu", "doãn", "khúc", "lục", "ninh",
    "quan", "trương", "vi", "lữ", "đồng", "bế", "hoàng", "lã", "nghiêm", "phí", "diệp", "mạch",
    "đậu", "cù", "bạch", "ông", "trang", "viên", "tống", "thạch", "kim", "sơn", "lộc", "danh",
    "bàn", "sầm", "đèo", "cầm", "hà", "ma", "mông", "hoàng", "vàng", "giàng", "sùng", "thào",
    "lầu", "cứ", "mùa",
];

/// Family names that also start very common place names; they only count in
/// a strong person context (after "đồng chí", "ông", "bà", in a list).
#[rustfmt::skip]
const WEAK_FAMILY: &[&str] = &[
    "văn", "sơn", "kim", "đồng", "ông", "viên", "lộc", "danh", "trang", "quan", "ninh", "ma",
    "bàn", "mùa", "vàng", "thạch", "từ",
];

/// Words that open a title, in their usual capitalisation ("Phó Bí thư").
#[rustfmt::skip]
const HEADS: &[&str] = &[
    "Bí thư", "Phó Bí thư", "Tổng Bí thư", "Ủy viên", "Uỷ viên", "Chủ tịch", "Phó Chủ tịch",
    "Trưởng ban", "Phó Trưởng ban", "Phó ban", "Trưởng", "Phó trưởng", "Giám đốc", "Phó Giám đốc",
    "Tổng Giám đốc", "Chánh Văn phòng", "Phó Chánh Văn phòng", "Chánh án", "Chánh Thanh tra",
    "Thường trực", "Chủ nhiệm", "Phó Chủ nhiệm", "Thủ tướng", "Phó Thủ tướng", "Bộ trưởng",
    "Thứ trưởng", "Tư lệnh", "Phó Tư lệnh", "Chính ủy", "Chính uỷ", "Chỉ huy trưởng",
    "Đại biểu Quốc hội", "Viện trưởng", "Hiệu trưởng", "Tổng Biên tập", "Cục trưởng", "Vụ trưởng",
    "Trưởng phòng", "Phó Trưởng phòng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá",
    "Thượng tá", "Trung tá", "Thiếu tá", "Đại úy", "nguyên", "Trợ lý", "Bí thư thứ nhất",
    "Tổng Thư ký", "Thư ký", "Phó Tổng Biên tập", "Phó Trưởng đoàn", "Trưởng đoàn",
    "Chủ tịch nước", "Phó Chủ tịch nước", "Trưởng khối", "Ủy viên Thường trực", "Chuyên viên",
    "Cán bộ", "Thành viên", "Phó Chủ tịch Thường trực", "Phó Trưởng ban Thường trực",
    "UVBTV", "UV BTV", "UVTW", "UVBCH", "Tỉnh ủy viên", "Tỉnh uỷ viên", "Huyện ủy viên",
    "Huyện uỷ viên", "Thành ủy viên", "Thành uỷ viên", "Đảng ủy viên", "Đảng uỷ viên",
    "Trưởng Ban", "Phó Trưởng Ban", "Phó Chánh án", "Phó Viện trưởng", "Trưởng Công an",
    "Phó Trưởng Công an", "Chủ tịch Hội đồng", "Phó Tổng Giám đốc", "Chánh Thanh tra",
    "Bí thư Chi bộ", "Bí thư Đảng ủy", "Bí thư Đoàn", "Trưởng thôn", "Trưởng ấp",
    "Trưởng bản", "Trưởng khu phố", "Tổ trưởng",
];

/// Lower-case words and phrases a title may contain after its head.
#[rustfmt::skip]
const TITLE_WORDS: &[&str] = &[
    "ban", "bí thư", "chủ tịch", "chủ nhiệm", "phó", "trưởng", "ủy viên", "uỷ viên", "ủy", "uỷ",
    "ủy ban", "uỷ ban", "thường vụ", "thường trực", "trung ương", "đảng", "dân vận", "tổ chức",
    "tuyên giáo", "kiểm tra", "nội chính", "tỉnh", "huyện", "thành phố", "thị xã", "thị trấn",
    "xã", "phường", "quận", "đặc khu", "mặt trận", "tổ quốc", "việt nam", "nhân dân", "hội đồng",
    "hội", "liên hiệp", "phụ nữ", "nông dân", "cựu chiến binh", "đoàn", "thanh niên", "cộng sản",
    "lao động", "liên đoàn", "khối", "cơ quan", "các cơ quan", "doanh nghiệp", "kinh tế",
    "khu kinh tế", "khu công nghiệp", "khu phố", "công nghiệp", "quản lý", "văn phòng", "sở",
    "nội vụ", "tài nguyên", "môi trường", "giáo dục", "đào tạo", "y tế", "công an", "quân sự",
    "bộ chỉ huy", "bộ đội", "biên phòng", "chính phủ", "đại biểu", "quốc hội", "giám đốc",
    "thanh tra", "tư pháp", "tôn giáo", "dân tộc", "tuyên truyền", "chính trị", "xã hội",
    "chi bộ", "đảng bộ", "đảng ủy", "đảng uỷ", "thành ủy", "thành uỷ", "tỉnh ủy", "tỉnh uỷ",
    "huyện ủy", "huyện uỷ", "quận ủy", "quận uỷ", "thị ủy", "thị uỷ", "bộ", "cục", "thôn", "ấp",
    "ban chỉ đạo", "chỉ đạo", "ban chấp hành", "chấp hành", "nông thôn", "nông thôn mới",
    "tỉnh đoàn", "huyện đoàn", "thành đoàn", "chữ thập đỏ", "khuyến học", "người cao tuổi",
    "chiến binh", "kiểm sát", "tòa án", "toà án", "tài chính", "kế hoạch", "đầu tư", "văn hóa",
    "văn hoá", "thể thao", "du lịch", "thông tin", "truyền thông", "nông nghiệp", "phát triển",
    "công thương", "xây dựng", "giao thông", "vận tải", "ngoại vụ", "khoa học", "công nghệ",
    "thương binh", "lực lượng", "vũ trang", "quân khu", "quân đoàn", "sư đoàn", "trung đoàn",
    "phát thanh", "truyền hình", "thứ nhất", "ngân hàng", "chính sách", "bảo hiểm", "thuế",
    "hải quan", "học viện", "đại học", "nhà nước", "thành viên", "kiêm", "chuyên trách",
    "an ninh", "quốc phòng", "hành chính", "pháp chế", "dân nguyện", "khóa", "khoá", "tổ",
    "phòng", "vụ", "viện", "khu", "đội", "trường", "báo", "đài", "ban tổ chức", "ban dân vận",
    "ban tuyên giáo", "ủy ban kiểm tra", "uỷ ban kiểm tra",
];

/// Title words that are also everyday verbs or nouns in lower case
/// ("tổ chức hội nghị", "kiểm tra"): inside a title only when capitalised.
#[rustfmt::skip]
const CAP_ONLY: &[&str] = &[
    "tổ chức", "kiểm tra", "chỉ đạo", "xây dựng", "phát triển", "tuyên truyền", "đào tạo",
    "thanh tra", "tổ", "phòng", "vụ", "viện", "khu", "đội", "trường", "báo", "đài", "bộ", "hội",
    "đoàn", "lao động", "kế hoạch", "đầu tư", "thông tin", "giao thông", "quản lý",
];

/// Capitalised words that belong to institutions and never to a person's name.
#[rustfmt::skip]
const INSTITUTION: &[&str] = &[
    "ban", "ủy", "uỷ", "ương", "đảng", "huyện", "tỉnh", "quận", "xã", "phường", "sở", "bộ", "cục",
    "ubnd", "hđnd", "mttq", "ubmttq", "mặt", "trận", "tổ", "phủ", "thường", "trực", "vụ", "bí",
    "chủ", "tịch", "phó", "trưởng", "giám", "đốc", "khu", "khối", "phòng", "tw", "đbqh", "lhpn",
    "ccb", "tp", "tt", "lệnh", "chánh", "tổng", "hội", "sự", "ủy ban",
];

/// Regions named like places ("các tỉnh Tây Nguyên"); not administrative
/// units, so not in `units`.
const REGIONS: &[&str] = &[
    "Tây Nguyên",
    "Tây Bắc",
    "Việt Bắc",
    "Đông Nam Bộ",
    "Tây Nam Bộ",
];

/// Known places, from `units`: provinces of both eras with their written
/// variants, and districts of two or more syllables (a one-syllable name
/// such as "Vinh" is too often a given name). Each in lower case, in both
/// tone placements ("hòa bình", "hoà bình").
fn places() -> Vec<String> {
    let provinces = crate::units::provinces()
        .iter()
        .flat_map(|p| std::iter::once(&p.name).chain(&p.variants).copied());
    let districts = crate::units::districts()
        .iter()
        .map(|u| u.name)
        .filter(|n| n.contains(' '));
    // Tokens are words: "TP.HCM" can never be one phrase, but the key of
    // "Bà Rịa - Vũng Tàu" can.
    let words_only = |w: &String| w.chars().all(|c| c.is_alphabetic() || c == ' ');
    let mut out = Vec::new();
    for w in provinces.chain(districts).chain(REGIONS.iter().copied()) {
        out.extend([w.to_lowercase(), same_key(w), crate::units::key(w)]);
    }
    out.retain(words_only);
    out
}

fn set(words: &'static [&'static str]) -> Set<&'static str> {
    words.iter().copied().collect()
}

static HEAD_MAP: LazyLock<Map<String, &str>> =
    LazyLock::new(|| HEADS.iter().map(|h| (h.to_lowercase(), *h)).collect());
static HEAD_FIRST: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(HEADS.iter().copied()));
static TITLE_SET: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(TITLE_WORDS.iter().copied()));
static CAP_ONLY_SET: LazyLock<Set<&str>> = LazyLock::new(|| set(CAP_ONLY));
static PLACE_SET: LazyLock<Phrases> =
    LazyLock::new(|| Phrases::new(places().iter().map(String::as_str)));

/// Facts about one lower-case word, looked up once per token.
pub mod flag {
    /// A family name.
    pub const FAMILY: u16 = 1;
    /// A family name that also opens common place names.
    pub const WEAK_FAMILY: u16 = 2;
    /// Opens a title head ("phó" of "Phó Bí thư").
    pub const HEAD: u16 = 4;
    /// Opens a word or phrase a title may contain.
    pub const TITLE: u16 = 8;
    /// Opens a known place.
    pub const PLACE: u16 = 16;
    /// Belongs to institutions, never to names.
    pub const INSTITUTION: u16 = 32;
    /// Opens a role cue ("chủ trì", "phát biểu").
    pub const ROLE_CUE: u16 = 64;
    /// Opens a word after which a name is a place ("huyện", "điểm cầu").
    pub const PLACE_WORD: u16 = 128;
    /// Opens a person cue ("đồng chí", "ông", "già làng").
    pub const PERSON_CUE: u16 = 256;
}

/// First words of role cues ("chủ trì", "phát biểu", "dự" …).
#[rustfmt::skip]
const ROLE_CUE_FIRST: &[&str] = &[
    "đồng", "chủ", "ý", "phát", "kết", "nhấn", "yêu", "đề", "khẳng", "cho", "trình", "quán",
    "biểu", "ghi", "dự", "tham", "về", "đến", "tới", "cùng", "có", "sự",
];

/// First words of what introduces a person ("đồng chí", "ông", "già làng" …).
#[rustfmt::skip]
const PERSON_CUE_FIRST: &[&str] = &[
    "các", "đồng", "đ/c", "ông", "bà", "anh", "chị", "già", "người", "hòa", "hoà", "thượng",
    "đại", "linh", "mục", "ni", "chức", "trưởng", "cụ",
];

/// First words of the phrases after which a proper name is a place.
const PLACE_WORD_FIRST: &[&str] = &[
    "huyện",
    "quận",
    "thị",
    "xã",
    "phường",
    "điểm",
    "tỉnh",
    "thành",
];

/// What the word lists say about one lower-case word: `flag` bits and the
/// most words of a title head, title phrase or place that starts with it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Info {
    /// `flag` bits.
    pub flags: u16,
    /// Most words of a title head starting with the word.
    pub head: u8,
    /// Most words of a title phrase starting with the word.
    pub title: u8,
    /// Most words of a known place starting with the word.
    pub place: u8,
}

static INFO: LazyLock<HashMap<u128, Info, BuildHasherDefault<PackedHasher>>> =
    LazyLock::new(|| {
        let mut m: HashMap<u128, Info, BuildHasherDefault<PackedHasher>> = HashMap::default();
        let mut add = |w: &str, f: &dyn Fn(&mut Info)| {
            if let Some(k) = packed(w) {
                f(m.entry(k).or_default());
            }
        };
        let bits: [(&[&str], u16); 6] = [
            (PERSON_CUE_FIRST, flag::PERSON_CUE),
            (FAMILY, flag::FAMILY),
            (WEAK_FAMILY, flag::WEAK_FAMILY),
            (INSTITUTION, flag::INSTITUTION),
            (ROLE_CUE_FIRST, flag::ROLE_CUE),
            (PLACE_WORD_FIRST, flag::PLACE_WORD),
        ];
        for (words, bit) in bits {
            for w in words {
                add(w, &|i| i.flags |= bit);
            }
        }
        for (w, n) in &HEAD_FIRST.first {
            add(w, &|i| (i.flags, i.head) = (i.flags | flag::HEAD, *n));
        }
        for (w, n) in &TITLE_SET.first {
            add(w, &|i| (i.flags, i.title) = (i.flags | flag::TITLE, *n));
        }
        for (w, n) in &PLACE_SET.first {
            add(w, &|i| (i.flags, i.place) = (i.flags | flag::PLACE, *n));
        }
        m
    });

/// The longest word of any list, in bytes (longer words need no look-up).
pub const LONGEST: usize = 16;

/// What the word lists say about a lower-case word (all zero for most words).
#[cfg(test)]
pub fn info(lower: &str) -> Info {
    info_at(lower, 0, lower.len())
}

/// What the word lists say about the word at `start..end` of lower-case
/// text `lower` (all zero for most words).
pub fn info_at(lower: &str, start: usize, end: usize) -> Info {
    packed_at(lower.as_bytes(), start, end)
        .and_then(|k| INFO.get(&k).copied())
        .unwrap_or_default()
}

/// Whether the lower-case phrase opens a title.
pub fn is_head(lower: &str) -> bool {
    HEAD_FIRST.contains(lower)
}

/// The usual capitalisation of a title head given in lower case.
pub fn canonical_head(lower: &str) -> Option<&'static str> {
    HEAD_MAP.get(lower).copied()
}

/// Whether the lower-case phrase may appear inside a title.
pub fn is_title_word(lower: &str) -> bool {
    TITLE_SET.contains(lower)
}

/// Whether a title word only counts inside a title when capitalised.
pub fn is_cap_only(lower: &str) -> bool {
    CAP_ONLY_SET.contains(lower)
}

/// Whether the lower-case phrase is a known place.
pub fn is_place(lower: &str) -> bool {
    PLACE_SET.contains(lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_answer_in_lower_case() {
        assert!(info("nguyễn").flags & flag::FAMILY != 0);
        assert!(info("văn").flags & flag::WEAK_FAMILY != 0);
        assert_eq!(info("phó").head, 5, "Phó Trưởng ban Thường trực");
        assert!(is_head("phó bí thư"));
        assert!(is_title_word("dân vận"));
        assert!(info("ubnd").flags & flag::INSTITUTION != 0);
        assert_eq!(info("tuấn"), Info::default());
        let all = FAMILY
            .iter()
            .chain(HEADS)
            .chain(TITLE_WORDS)
            .chain(INSTITUTION)
            .copied()
            .map(str::to_string)
            .chain(places());
        let longest = all
            .filter_map(|w| w.split(' ').next().map(str::len))
            .max()
            .unwrap_or(0);
        assert!(longest <= LONGEST, "{longest}");
        assert!(is_place("hải phòng"));
        // Places come from the unit lists, in both tone placements.
        assert!(is_place("hoà bình") && is_place("hòa bình"));
        assert!(is_place("tiên yên") && is_place("thừa thiên huế"));
        assert!(
            is_place("bà rịa vũng tàu"),
            "the key of \"Bà Rịa - Vũng Tàu\""
        );
        assert!(!is_place("vinh"), "one-syllable districts are left out");
        assert_eq!(info("bà").place, 4, "Bà Rịa - Vũng Tàu");
    }
}
