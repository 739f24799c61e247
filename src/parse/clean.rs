//! Recognizes page furniture line by line: navigation, "… ảnh 1" captions,
//! section headers of related-news lists ("Tin mới", "Tin liên quan"),
//! counters, QR-code and social lines, attachments, site footers, and lines
//! that hold nothing but a date, and the furniture of site templates: menus,
//! login prompts, placeholders, image file names and markup, hotlines and
//! phone lines, template residue, text-size, listen, share and print rows.
//! Works on one squashed, lower-cased line.

mod credit;
mod template;

use super::lexicon;
use super::lookup::{Map, Set};
use super::rx::Rx;
pub use credit::{credit_start, split_glued_credit};
use std::sync::LazyLock;
use template::is_template;
pub(crate) use template::section_name;

/// Whether a line is only the name or the alternative text of a photo
/// where it stood (`a1`, `anh2.jpg`, "ncc dak lak 2021"): the line
/// under it is often the photo's caption.
pub fn names_photo(lower: &str, line: &str) -> bool {
    template::names_photo(lower, line)
        || (line.starts_with(|c: char| c.is_ascii_lowercase()) && alt_text(line))
}

/// What one line of a page is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Line {
    /// Furniture to drop wherever it is.
    Drop,
    /// A header of a related-news list, counter or attachment block: what
    /// follows is furniture until the article resumes.
    Section,
    /// Only a date (and time, weekday, view count …).
    DateOnly,
    /// "QR CODE: <headline>": the page's headline repeated at the foot.
    Qr(String),
    /// "Nguồn: X": where the article comes from.
    Source(String),
    /// "<headline> ảnh 1": a photo's label the page generated from its
    /// headline, with the headline's words.
    PhotoLabel(String),
    /// Anything else: article text, headline, byline or caption.
    Text,
}

/// Lines dropped when they are exactly one of these (lower case, no final colon).
#[rustfmt::skip]
const DROP_EXACT: &[&str] = &[
    "truy cập nội dung luôn", "bỏ qua nội dung", "chuyển đến nội dung chính", "trang chủ",
    "qr code", "chia sẻ", "in bài viết", "in bài", "bản in", "gửi email", "gửi bài",
    "tiện ích thông tin", "nguồn tin", "chúng tôi trên mạng xã hội", "qr code fanpage",
    "facebook", "zalo", "twitter", "tweet", "like", "share", "email", "print", "lên đầu trang",
    "về đầu trang", "quay lại", "trở về", "bình luận", "ý kiến bạn đọc", "gửi bình luận",
    "đánh giá bài viết", "cỡ chữ", "nghe đọc bài", "nghe bài viết", "lưu bài viết",
    "theo dõi chúng tôi", "tải về", "download", "xem tiếp", "đăng nhập", "đăng ký", "góp ý",
    "rss", "menu", "đóng menu", "mở menu", "menu search", "tìm kiếm", "trang trước", "trang sau", "gốc", "copy link",
    "sao chép liên kết", "a a a", "a+ a-", "xem với cỡ chữ", "đóng cửa sổ này", "gửi ý kiến", "ý kiến của bạn", "họ và tên", "mã xác nhận", "bản quyền", "chia sẻ bài viết", "in trang", "đóng",
    "thống kê hồ sơ", "dịch vụ công trực tuyến", "image advertisement", "advertisement",
    "quảng cáo", "truy cập hiện tại", "skip to main content", "skip ribbon commands", "guest", "khách", "gửi", "chuyển tới trang đầy đủ", "image banner",
    "xem phiên bản đầy đủ", "người đăng", "ngày đăng", "đọc tiếp", "viết bình luận",
    // What is left of an HTML space entity whose ampersand the scrape lost,
    // on a line of its own between paragraphs.
    "nbsp;", "&nbsp;",
    // A weather box and its credit, a back-to-top button, a feed button.
    "thời tiết", "powered by", "top", "google news",
    // What a widget shows until its script has run.
    "loading", "loading...", "loading…", "đang tải", "đang tải...", "đang tải…",
    // The alternative text a web framework's template gives a photo with
    // none of its own.
    "responsive image", "image",
    // The label a news agency's page prints over each photo's caption; the
    // label of a press-review column.
    "chú thích ảnh", "điểm báo",
    // The reply link under each comment, and the heading of a blog's
    // comment form.
    "trả lời", "để lại bình luận", "để lại một bình luận", "để lại một trả lời",
    // A reader poll's buttons; a consent banner's button.
    "bình chọn", "biểu quyết", "xem kết quả", "đồng ý",
    // A back-to-top link, a calendar of the site's past issues.
    "đầu trang", "xem theo ngày",
    // A blog's share and like rows as a blog platform prints them.
    "like loading", "thích đang tải",
    // A read-aloud player's choice of voice.
    "giọng nam", "giọng nữ", "giọng nam miền bắc", "giọng nữ miền bắc", "giọng nam miền nam",
    "giọng nữ miền nam", "giọng nam miền trung", "giọng nữ miền trung",
    // The same choice as a national paper's player lists it, without the word "giọng".
    "nam miền bắc", "nữ miền bắc", "nam miền nam", "nữ miền nam",
    // A read-aloud button's label as a news aggregator's copies print it.
    "nhờ chị google đọc báo giúp bạn!",
    // An audio player's and a text-size box's labels, between the summary
    // and the text.
    "nghe audio", "bấm để nghe", "chọn cỡ chữ", "phóng to thu nhỏ", "thu gọn", "mở rộng",
    // A portal's label over the article's text.
    "nội dung tin bài", "nội dung bài viết",
    // A generated summary's label over the text.
    "tóm tắt", "tóm tắt bài viết", "ai tóm tắt",
    // Buttons to share, follow, save, report and print.
    "chia sẻ qua zalo", "chia sẻ qua facebook", "đã sao chép", "đã sao chép liên kết", "báo lỗi",
    "gửi góp ý", "theo dõi", "đã theo dõi", "đã lưu", "phiên bản in", "báo lỗi nội dung",
    // A portal's button asking for opinions of its new layout.
    "góp ý giao diện",
    // Links to more of the site, and its language switch.
    "xem tất cả", "xem thêm video", "xem thêm các tin khác", "về trang chủ", "tiếng việt",
    "tiếng anh", "vietnamese", "english",
];

/// Openings of single furniture lines inside an article.
#[rustfmt::skip]
const DROP_PREFIX: &[&str] = &[
    "xem thêm:", "tin liên quan:", "đọc thêm:", "xem thêm >>", "bình luận (", "chia sẻ:",
    // A link to the outlet's clip of the story ("XEM CLIP: Các bị cáo …").
    "xem clip:", "xem video:",
    ">> xem thêm", "> xem thêm", "trang chủ >", "trang chủ /", "trang chủ »",
    "đánh giá thái độ phục vụ", "đánh giá mức độ hài lòng",
    // A related headline linked inside the article (">> Hội nghị …",
    // ">>> Danh sách …", ">>>Ông A được bầu …" glued to its arrows).
    ">> ", ">>>", "» ",
    // An audio player's voice, speed and length.
    "giọng đọc:", "tốc độ đọc", "thời lượng:",
    // A banner offering the light version of the site.
    "bạn có thể chuyển sang phiên bản",
    // The outlet's copyright notice under the article.
    "(*) không sao chép",
    // A social network's generated description of a photo.
    "trong hình ảnh có thể có",
    // What a browser shows in place of a player it cannot run.
    "your browser does not support", "trình duyệt của bạn không hỗ trợ",
    // What an old portal's Flash banner prints in its place ("You have an
    // old version of Adobe's Flash Player. Get the latest Flash player.").
    "you have an old version of adobe", "get the latest flash player", "get adobe flash player",
    // What a player shows where its clip failed to load.
    "video không hợp lệ",
    // A broadcaster's invitation to its archive of aired programmes.
    "* mời quý độc giả theo dõi", "mời quý độc giả theo dõi",
    // A paper's closing pointer to the section the story belongs to, where
    // more stories of the kind are, with or without the star and its space.
    "mời bạn đọc vào chuyên mục", "*mời bạn đọc vào chuyên mục", "* mời bạn đọc vào chuyên mục",
    "mời quý độc giả vào chuyên mục", "*mời quý độc giả vào chuyên mục",
    "* mời quý độc giả vào chuyên mục",
    // The greeting banner a portal hangs over its pages for an
    // anniversary or a congress.
    "nhiệt liệt chào mừng",
    // A portal's rating box under the article ("Tổng số điểm của bài viết
    // là: 0 trong 0 đánh giá", "Xếp hạng: 5 - 1 phiếu bầu").
    "tổng số điểm của bài viết", "click để đánh giá", "xếp hạng:",
    // A reader poll's question on the portal itself ("Đánh giá của bạn
    // về cổng thông tin điện tử").
    "đánh giá của bạn về",
    // A portal's notice against copying without naming it.
    "chú ý: việc đăng lại",
    // The alternative text of the logo a page's print version carries
    // above the headline ("Logo-print CƠ QUAN CỦA …").
    "logo-print", "logo print",
    // A search box's placeholder.
    "nhập từ khóa", "nhập từ khoá",
    // The site account that posted the page ("Người đăng: Quản trị viên",
    // "Người đăng : admin" with a space before the colon).
    "người đăng:", "người đăng :",
    // The same on the portals of some cities' wards and districts
    // ("Người đăng tin: Quản trị Ngày đăng tin: 17/03/2016 Lượt xem: 241").
    "người đăng tin:", "người đăng tin :",
    // A blog's closing line under every post, thanking the reader.
    "cảm ơn bạn đã quan tâm", "cám ơn bạn đã quan tâm",
    // A paper's notice repeating the headline and its section under the
    // article ("Bạn đang đọc bài viết <headline> tại chuyên mục …").
    "bạn đang đọc bài viết", "bạn đang xem bài viết", "bạn đang đọc bài",
    // The credit of the firm that built the site, in the footer
    // ("POWERED BY <firm>", "Designed by <firm>").
    "powered by ", "designed by ", "thiết kế bởi ",
];

/// Section headers: the list that follows them is not the article. The
/// phrases are data (`assets/lexicon/sections.txt`), each in both tone
/// placements ("từ khóa", "từ khoá").
static SECTION_EXACT: LazyLock<Vec<String>> = LazyLock::new(|| {
    lexicon::words(lexicon::SECTIONS)
        .flat_map(|w| std::iter::once(w.to_string()).chain(lexicon::old_spelling(w)))
        .collect()
});

/// Whether a bare lower-case line is exactly a section header.
fn is_section_heading(bare: &str) -> bool {
    let listed = |b: &str| LISTED.sections.contains(b);
    // "Các bài viết cùng chuyên mục", "Những tin liên quan": a listed
    // heading in the plural.
    listed(bare)
        || ["các ", "những "]
            .iter()
            .filter_map(|p| bare.strip_prefix(p))
            .any(listed)
}

/// Whether a lower-case line heads a list of other articles ("Tin liên
/// quan"), rather than a counter or a footer line.
pub fn heads_list(lower: &str) -> bool {
    is_section_heading(lower.trim_end_matches([':', '.', ' ', '…']))
}

/// "Lượt xem: 1.234", "Số lượt xem 41", "Lượt xem - 129", "Đã xem: 93",
/// "158 Xem": the article's own view counter, one line with its number; a
/// counter's label alone heads the site's visitor counts, a section.
fn view_count(bare: &str) -> bool {
    COUNTER_LABELS
        .iter()
        .find_map(|l| bare.strip_prefix(l))
        // "Lượt xem - 129": some portals set a dash between label and number.
        .map(|n| n.trim_start_matches([':', ' ', '-', '–']))
        .is_some_and(|n| {
            !n.is_empty()
                && n.bytes()
                    .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
        })
        || counted_views(bare)
}

/// Labels of an article's view counter, before its number.
const COUNTER_LABELS: &[&str] = &[
    "lượt xem",
    "số lượt xem",
    "lượt đọc",
    "số lần xem",
    "đã xem",
];

/// The most chars of a label in `COUNTER_LABELS`.
const COUNTER_LABEL_CHARS: usize = 11;

/// Most words of a field's label before its colon ("Thời gian:", "Ngày
/// đăng tin:").
const FIELD_LABEL_WORDS: usize = 4;

/// "Lượt xem: 87Ngày đăng: 21/03/2012": a view counter with
/// the next field of the page's meta row after its number, run into it
/// or after a space, as older templates set them side by side; the
/// counter and the field, to be read as two lines. The field opens with a
/// capital and its label closes with a colon within a few words.
pub fn glued_counter(line: &str) -> Option<(&str, &str)> {
    // Asked of every line: only its first words are lowered, and only
    // when it opens with a letter some label opens with.
    if !line.starts_with(['L', 'l', 'S', 's', 'Đ', 'đ']) {
        return None;
    }
    let head = line
        .char_indices()
        .nth(COUNTER_LABEL_CHARS)
        .map_or(line, |(i, _)| &line[..i]);
    let lower = super::text::lower_same(head);
    if lower.len() != head.len() {
        return None;
    }
    let label = COUNTER_LABELS.iter().find(|l| lower.starts_with(*l))?;
    let after = &line[label.len()..];
    let from = line.len() - after.trim_start_matches([':', ' ', '-', '–']).len();
    let digits = line[from..]
        .bytes()
        .take_while(|b| b.is_ascii_digit() || matches!(b, b'.' | b','))
        .count();
    if digits == 0 {
        return None;
    }
    let (counter, rest) = line.split_at(from + digits);
    let rest = rest.trim_start();
    let field = rest.starts_with(char::is_uppercase)
        && rest
            .split(' ')
            .take(FIELD_LABEL_WORDS)
            .any(|w| w.len() > 1 && w.ends_with(':'));
    field.then_some((counter, rest))
}

/// Labels of a page's stamp ("Ngày đăng:", "Cập nhật lúc:").
const DATE_LABELS: &[&str] = &[
    "ngày đăng:",
    "ngày đăng tin:",
    "ngày đăng bài:",
    "đăng lúc:",
    "đăng ngày:",
    "ngày xuất bản:",
    "ngày cập nhật:",
    "cập nhật ngày:",
    "cập nhật lúc:",
    "cập nhật:",
];

/// Labels of a page's meta row ("Ngày đăng: 02/02/2026 Lượt xem: 121 Tác
/// giả: Thu Hà") besides the stamp's (`DATE_LABELS`): the counter, writer
/// and section, each a line of its own on other pages.
const META_LABELS: &[&str] = &[
    "số lần đọc:",
    "số lần xem:",
    "lượt xem:",
    "số lượt xem:",
    "lượt đọc:",
    "tác giả:",
    "người đăng:",
    "người đăng tin:",
    "người viết:",
    "chuyên mục:",
    "danh mục:",
];

/// A meta row split at its labels, when the line opens with one and holds
/// another: the parts, each to be read as a line.
pub fn meta_row(line: &str) -> Option<Vec<&str>> {
    let b = line.as_bytes();
    if line.len() > 200 || memchr::memchr_iter(b':', b).nth(1).is_none() {
        return None;
    }
    let lower = super::text::lower_same(line);
    let labels = || DATE_LABELS.iter().chain(META_LABELS);
    if lower.len() != line.len() || !labels().any(|l| lower.starts_with(l)) {
        return None;
    }
    let mut starts: Vec<usize> = labels()
        .flat_map(|l| lower.match_indices(l).map(|(at, _)| at))
        .filter(|&at| at == 0 || lower.as_bytes()[at - 1] == b' ')
        .collect();
    starts.sort_unstable();
    starts.dedup();
    if starts.len() < 2 {
        return None;
    }
    let ends = starts
        .iter()
        .skip(1)
        .copied()
        .chain(std::iter::once(line.len()));
    Some(
        starts
            .iter()
            .zip(ends)
            .map(|(&a, e)| line[a..e].trim_end_matches([' ', '|', '-', '–']))
            .collect(),
    )
}

/// Longest stamp a site prints glued to the headline after it.
const MAX_GLUED_STAMP: usize = 24;

/// "12/03/2019 08:15Bí thư Tỉnh ủy thăm …": a site's stamp (a full date, maybe
/// with its time) run into the headline with no space, as a template
/// that sets them side by side loses its gap when scraped; the stamp and
/// the headline, to be read as two lines. Digits and separators only
/// before the first capital, so a sentence is never split; the day of
/// the week may open the stamp ("Thứ tư, ngày 06/07/2016Ngày 30 …"), or
/// its label ("Ngày đăng: 14/03/2022Sáng 12/3 …"), after which the lead is
/// set apart from the stamp by a space as well.
pub fn glued_stamp(line: &str) -> Option<(&str, &str)> {
    let labelled = stamp_label_len(line);
    let from = if labelled > 0 {
        labelled
    } else {
        weekday_len(line)
    };
    let dated = &line[from..];
    if !dated.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let end = dated.bytes().take(MAX_GLUED_STAMP + 1).position(|b| {
        !(b.is_ascii_digit() || matches!(b, b'/' | b'-' | b'.' | b':' | b',' | b' '))
    })?;
    let (stamp, rest) = line.split_at(from + end);
    let glued = (labelled > 0 || !stamp.ends_with(' '))
        && rest.chars().next().is_some_and(char::is_uppercase);
    // "Ngày đăng: 02/02/2026 Lượt xem: 121": a meta row is split by its
    // labels, not here.
    let meta = labelled > 0 && meta_row(line).is_some();
    (glued && !meta && super::dates::full_date(stamp).is_some()).then(|| (stamp.trim_end(), rest))
}

/// Most bytes of a stamp's label before its colon (`DATE_LABELS`).
const MAX_LABEL_BYTES: usize = 24;

/// Bytes of a stamp's label that opens `line` ("Ngày đăng: ", "Cập nhật
/// lúc: "), spaces after it included, or 0.
fn stamp_label_len(line: &str) -> usize {
    // Cheap test first: asked of every line, and every label closes with
    // a colon near the line's start.
    if !line.bytes().take(MAX_LABEL_BYTES).any(|b| b == b':') {
        return 0;
    }
    // The same bytes in lower case, so a label's length measures `line`.
    let prefix = line.char_indices().nth(20).map_or(line.len(), |(at, _)| at);
    let head = super::text::lower_same(&line[..prefix]);
    DATE_LABELS
        .iter()
        .find(|l| head.starts_with(*l))
        .and_then(|l| line.get(l.len()..))
        .map_or(0, |rest| line.len() - rest.trim_start().len())
}

/// Bytes of the day of the week that opens a stamp ("Thứ tư, ngày ",
/// "Thứ 4, ", "Chủ nhật, "), or 0.
fn weekday_len(line: &str) -> usize {
    let rest = ["Thứ ", "THỨ "]
        .iter()
        .find_map(|w| line.strip_prefix(w))
        .and_then(|r| {
            r.split_once(", ")
                .filter(|(day, _)| day.len() <= 5)
                .map(|(_, r)| r)
        })
        .or_else(|| {
            ["Chủ nhật, ", "Chủ Nhật, ", "CHỦ NHẬT, "]
                .iter()
                .find_map(|w| line.strip_prefix(w))
        });
    let Some(rest) = rest else {
        return 0;
    };
    let rest = ["ngày ", "Ngày "]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest);
    line.len() - rest.len()
}

/// Headings of the readers' comments under an article, and the buttons
/// that open its comment form: nothing after them is the article.
const COMMENT_HEADINGS: &[&str] = &[
    "bình luận của bạn",
    "gửi bình luận",
    "gửi ý kiến",
    "gửi ý kiến phản hồi",
    "viết bình luận",
    "xem phản hồi",
    "ý kiến bạn đọc",
    "ý kiến phản hồi",
    "ý kiến độc giả",
    "để lại bình luận",
    "để lại một bình luận",
];

/// Longest line read for a heading glued to its end.
const MAX_GLUED_TAIL_LINE: usize = 80;

/// A short line with the heading of the comments or of a side block run
/// into its end with no space (`Minh ThưGửi bình luận`, `Lan AnhTin
/// khác`), as a template sets the writer's name beside a button: the two
/// are read as two lines. A word of Vietnamese never holds a capital
/// after a small letter, so that joint is the break.
pub fn glued_heading(line: &str) -> Option<(&str, &str)> {
    if line.len() > MAX_GLUED_TAIL_LINE {
        return None;
    }
    // Asked of every short line: the bytes tell where a capital may follow
    // a letter (an ASCII capital, or the first byte of another letter),
    // and only there are the two letters decoded.
    let bytes = line.as_bytes();
    for at in 1..bytes.len() {
        let (before, here) = (bytes[at - 1], bytes[at]);
        if !(before.is_ascii_lowercase() || before >= 0x80)
            || !(here.is_ascii_uppercase() || here >= 0xC0)
        {
            continue;
        }
        let (head, tail) = line.split_at(at);
        let capital = tail.chars().next().is_some_and(char::is_uppercase);
        if !capital || !head.chars().next_back().is_some_and(char::is_lowercase) {
            continue;
        }
        let lower = tail.to_lowercase();
        if heads_comments(&lower) || heads_list(&lower) {
            return Some((head, tail));
        }
    }
    None
}

/// Whether a lower-case line heads the readers' comments ("Ý kiến bạn
/// đọc", "Ý kiến bạn đọc (3)", "Gửi bình luận").
pub fn heads_comments(lower: &str) -> bool {
    let bare = lower.trim_end_matches(|c: char| c.is_ascii_digit() || "():. ".contains(c));
    // "Bình luận (2)": the count of comments heads them; the bare word is
    // also a button of a share row.
    let counted = bare == "bình luận" && lower.contains('(');
    bare.len() < 40 && (counted || COMMENT_HEADINGS.contains(&bare))
}

/// Line openings that mark furniture of the section kind.
#[rustfmt::skip]
const SECTION_PREFIX: &[&str] = &[
    "số lượt truy cập", "số lần xem", "lượt đọc", "số lượt xem", "tổng số lượt xem", "lượt xem", "lượt truy cập", "đang truy cập",
    "đang online", "tổng truy cập", "tài liệu đính kèm", "file đính kèm", "tệp đính kèm",
    "đính kèm:", "mã qr", "từ khóa:", "từ khoá:", "tags:", "tag:",
    "bản quyền", "©", "copyright", "ghi rõ nguồn", "giấy phép", "chịu trách nhiệm",
    "cơ quan chủ quản", "địa chỉ:", "điện thoại:", "email:", "fax:", "hôm nay:", "hôm qua:",
    "trong tháng:", "trong tuần:", "tất cả:", "tổng cộng:", "online:", "trực tuyến:",
    "tổng lượt truy cập", "số người truy cập", "truy cập hôm nay", "đang xem:", "số người đang xem",
    // The masthead in the footer: who answers for the outlet.
    "tổng biên tập:", "phó tổng biên tập:", "người chịu trách nhiệm", "trưởng ban biên tập:",
];

/// The first two bytes of every phrase of the four lists above, as a set
/// of 65,536 bits: most lines of an article open with none of them. The
/// lists themselves are looked up here too, every line of every page
/// asking: the exact phrases in sets, the openings by their first two
/// bytes.
struct Openings {
    bits: Vec<u64>,
    /// `DROP_EXACT` and `SECTION_EXACT`.
    drops: Set<&'static str>,
    sections: Set<&'static str>,
    /// `DROP_PREFIX` and `SECTION_PREFIX` by the key of their first two
    /// bytes.
    drop_prefixes: Map<usize, Vec<&'static str>>,
    section_prefixes: Map<usize, Vec<&'static str>>,
}

impl Openings {
    fn key(s: &str) -> Option<usize> {
        let b = s.as_bytes();
        Some(usize::from(*b.first()?) << 8 | usize::from(*b.get(1)?))
    }

    fn new() -> Openings {
        let mut bits = vec![0u64; 1024];
        let all = [DROP_EXACT, DROP_PREFIX, SECTION_PREFIX];
        for k in all
            .iter()
            .flat_map(|l| l.iter().copied())
            .chain(SECTION_EXACT.iter().map(String::as_str))
            .filter_map(Self::key)
        {
            bits[k >> 6] |= 1 << (k & 63);
        }
        let by_key = |list: &[&'static str]| {
            let mut m: Map<usize, Vec<&'static str>> = Map::default();
            for p in list {
                // Every opening has two bytes at least (a test checks).
                if let Some(k) = Self::key(p) {
                    m.entry(k).or_default().push(p);
                }
            }
            m
        };
        Openings {
            bits,
            drops: DROP_EXACT.iter().copied().collect(),
            sections: SECTION_EXACT.iter().map(String::as_str).collect(),
            drop_prefixes: by_key(DROP_PREFIX),
            section_prefixes: by_key(SECTION_PREFIX),
        }
    }

    /// Whether `lower` opens like some listed phrase (a line of one byte
    /// never matches one).
    fn opens(&self, lower: &str) -> bool {
        Self::key(lower).is_some_and(|k| self.bits[k >> 6] & (1 << (k & 63)) != 0)
    }

    /// The openings of `lists` that `lower` may start with: those of its
    /// first two bytes.
    fn openings<'a>(
        lists: &'a Map<usize, Vec<&'static str>>,
        lower: &str,
    ) -> impl Iterator<Item = &'static str> + 'a {
        Self::key(lower)
            .and_then(|k| lists.get(&k))
            .into_iter()
            .flatten()
            .copied()
    }

    /// The openings of `DROP_PREFIX` that `lower` starts with.
    fn drop_prefixes<'a>(&'a self, lower: &'a str) -> impl Iterator<Item = &'static str> + 'a {
        Self::openings(&self.drop_prefixes, lower).filter(|p| lower.starts_with(p))
    }

    /// Whether `lower` starts with an opening of `SECTION_PREFIX`.
    fn section_prefix(&self, lower: &str) -> bool {
        Self::openings(&self.section_prefixes, lower).any(|p| lower.starts_with(p))
    }
}

static LISTED: LazyLock<Openings> = LazyLock::new(Openings::new);

/// "… ảnh 1": an image caption the page generated from the headline; also
/// a photo's bare label on its own line ("Hình 1", "Ảnh 2").
fn is_caption(lower: &str) -> bool {
    let lower = lower.trim_end_matches(['.', ' ', ':']);
    // "Tin nhanh - <headline> (Hình 2).": the label in brackets.
    let bracketed = lower.strip_suffix(')');
    let lower = bracketed.unwrap_or(lower);
    let digits = lower.bytes().rev().take_while(u8::is_ascii_digit).count();
    let label = &lower[..lower.len() - digits];
    if let Some(label) = bracketed.map(|_| label) {
        return (1..=2).contains(&digits)
            && (label.ends_with(" (hình ") || label.ends_with(" (ảnh "))
            && (5..=30).contains(&super::text::word_count(label));
    }
    (1..=2).contains(&digits)
        && (label.ends_with(" ảnh ")
            || matches!(label, "hình " | "ảnh " | "hình ảnh ")
            // "Tong Bi thu tham xa A anh 2": the same label written
            // without diacritics, as image alt text.
            // "Kiem tra cong tac o quan Ha Dong - Anh 1" too.
            || label.ends_with(" anh ")
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b' ' || b == b'-'))
}

/// The headline's words in a photo's generated label ("Chân dung 5 Bí
/// thư Tỉnh ủy … ảnh 1"), when they are enough for a headline. An
/// aggregator writes the label without diacritics as the photo's
/// alternative text ("Ong A duoc bau lam Chu tich Hoi B - Anh 1"): when
/// the page keeps no other headline, the first photo's is the headline's
/// only copy.
fn photo_label(line: &str) -> Option<String> {
    let bare = line.trim_end_matches(['.', ' ', ':']);
    let first = bare.ends_with(" 1");
    let bare = bare.trim_end_matches(|c: char| c.is_ascii_digit());
    // The first photo's label only: the later ones are furniture.
    let unmarked = || {
        (first && bare.is_ascii())
            .then(|| {
                bare.strip_suffix(" Anh ")
                    .or_else(|| bare.strip_suffix(" anh "))
            })
            .flatten()
    };
    let label = bare
        .strip_suffix(" ảnh ")
        .or_else(|| bare.strip_suffix(" Ảnh "))
        .or_else(unmarked)?
        .trim_end_matches([' ', '-', '–']);
    (4..=30)
        .contains(&super::text::word_count(label))
        .then(|| label.to_string())
}

/// "(Hình ảnh tại hội nghị)", "(Ảnh minh họa)": where a photo stood.
fn photo_placeholder(lower: &str) -> bool {
    (lower.starts_with("(hình ảnh") || lower.starts_with("(ảnh"))
        && lower.ends_with(')')
        && lower.len() < 120
}

/// "436200315 464503276256546 8007812124489057338 n …": the names of
/// photos uploaded from a social network, their underscores turned to
/// spaces: only long numbers and the letter "n".
fn photo_file_numbers(line: &str) -> bool {
    let b = line.as_bytes();
    if !b.first().is_some_and(u8::is_ascii_digit) || !line.ends_with(" n") {
        return false;
    }
    let mut long = 0;
    let all = line.split(' ').all(|w| {
        let digits = w.len() >= 6 && w.bytes().all(|c| c.is_ascii_digit());
        long += usize::from(digits);
        digits || w == "n"
    });
    all && long >= 3
}

/// "<headline> - ảnh 1 Phó Chủ tịch nước thăm hỏi người dân": the page's
/// generated label of a photo, then its caption; the caption is what is left.
/// Without the dash the caption is glued to the number ("… đoàn kết Việt -
/// Lào ảnh 1Thủ tướng …"), as news agencies' pages print it.
pub fn after_image_marker(line: &str) -> Option<&str> {
    static MARKER: super::text::Needle = super::text::Needle::new(" - ảnh ");
    static GLUED: super::text::Needle = super::text::Needle::new(" ảnh ");
    // A line without " ảnh " (nearly every one) holds no " - ảnh " either:
    // one search tells it.
    let glued_at = GLUED.find(line)?;
    let Some(at) = MARKER.find(line) else {
        let rest = &line[glued_at + " ảnh ".len()..];
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let caption = rest.get(digits..)?;
        let glued = (1..=2).contains(&digits) && caption.starts_with(char::is_uppercase);
        return (glued && super::text::word_count(caption) >= 3).then_some(caption);
    };
    let rest = &line[at + " - ảnh ".len()..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    // The caption may follow the number with no space ("- ảnh 1Phó Thủ
    // tướng …"): a capital then starts it.
    let after = rest.get(digits..)?;
    let caption = after
        .strip_prefix(' ')
        .or_else(|| after.starts_with(char::is_uppercase).then_some(after))?;
    ((1..=2).contains(&digits) && super::text::word_count(caption) >= 3).then_some(caption)
}

/// A line with the residue of an image's markup glued to its last
/// sentence ("… thẩm quyền..jpg)", "…[/caption]") loses the residue.
pub fn strip_image_residue(line: &str) -> &str {
    const EXT: &[&str] = &[".jpg)", ".jpeg)", ".png)", ".jpg", ".jpeg", ".png"];
    // "Trao quyết định cho thành viên CLB[/caption]": a blog engine's
    // closing markup glued to the photo's caption.
    if line.len() > "[/caption]".len() && line.ends_with("[/caption]") {
        return line[..line.len() - "[/caption]".len()].trim_end();
    }
    // "[caption id="attachment_7" align="aligncenter" width="661"]Mỗi căn
    // nhà …": the opening markup glued before the caption, its closing
    // one lost with the photo; the caption is kept, as above.
    if let Some(rest) = line.strip_prefix("[caption ") {
        if let Some(close) = memchr::memchr(b']', rest.as_bytes()) {
            let caption = rest[close + 1..].trim_start();
            if !caption.is_empty() {
                return caption;
            }
        }
    }
    let b = line.as_bytes();
    for e in EXT {
        let n = e.len();
        let glued = b.len() > n + 1
            && b[b.len() - n..].eq_ignore_ascii_case(e.as_bytes())
            && b[b.len() - n - 1] == b'.';
        if glued {
            return &line[..line.len() - n];
        }
    }
    line
}

/// Placeholders a portal's template prints for a field it has no value
/// for, glued before the headline it prints next ("null Kỳ họp thứ nhất
/// …"): words of code, never of Vietnamese.
const EMPTY_FIELDS: &[&str] = &["null ", "undefined "];

/// A line without the placeholder of an empty field opening it, when a
/// capital follows: the headline is what is left.
pub fn strip_empty_field(line: &str) -> &str {
    for word in EMPTY_FIELDS {
        if let Some(rest) = line.strip_prefix(word) {
            let rest = rest.trim_start();
            if rest.starts_with(char::is_uppercase) && super::text::word_count(rest) >= 2 {
                return rest;
            }
        }
    }
    line
}

/// Fewest words, parted by hyphens, of a page address's slug.
const SLUG_WORDS: usize = 4;

/// A line without a section's name glued to its first word ("Chính
/// trịNgày 10-9, Đại tướng …"), as a listing prints each item's section
/// over it and the scrape loses the break: a menu's word, then a capital
/// with no space. A word of Vietnamese never holds a capital after its
/// first letter, so the joint is the break.
pub fn strip_glued_section(line: &str) -> &str {
    if let Some(stamp) = stamp_after_section(line) {
        return stamp;
    }
    match glued_section_end(line) {
        // "Trang chủTin tứcThời sự…": a breadcrumb run together is read
        // whole, as one.
        Some(at)
            if super::text::word_count(&line[at..]) >= 4
                && glued_section_end(&line[at..]).is_none() =>
        {
            &line[at..]
        }
        _ => line,
    }
}

/// Longest section label read before a stamp ("Video", "Thời sự").
const MAX_STAMP_SECTION: usize = 24;

/// The stamp of a line that is a section's name, a space and a stamp
/// opening with the day of the week ("Video Thứ sáu, 29/9/2017, 12:08
/// (GMT+7)"), as a page sets the kind of its item beside its date; the
/// label is furniture, the stamp dates the page. A sentence never opens
/// with a menu's word followed by a weekday and a figure.
fn stamp_after_section(line: &str) -> Option<&str> {
    let mut cut = MAX_STAMP_SECTION.min(line.len());
    while !line.is_char_boundary(cut) {
        cut -= 1;
    }
    let at = line[..cut]
        .match_indices(' ')
        .map(|(at, _)| at)
        .find(|&at| weekday_len(&line[at + 1..]) > 0)?;
    let stamp = &line[at + 1..];
    let dated = stamp[weekday_len(stamp)..].starts_with(|c: char| c.is_ascii_digit());
    (dated && section_name(&super::text::lower_same(&line[..at]))).then_some(stamp)
}

/// Where a section's name glued to the next word ends at the opening of
/// `line` ("Chính trịNgày …" gives the offset of "Ngày").
fn glued_section_end(line: &str) -> Option<usize> {
    if !line.starts_with(char::is_uppercase) {
        return None;
    }
    // Every line is asked: letters in ASCII are told apart without the
    // Unicode tables.
    let lower = |c: char| c.is_ascii_lowercase() || (!c.is_ascii() && c.is_lowercase());
    let upper = |c: char| c.is_ascii_uppercase() || (!c.is_ascii() && c.is_uppercase());
    let mut after_lower = false;
    for (at, c) in line.char_indices().take(25) {
        if after_lower && upper(c) {
            return section_name(&super::text::lower_same(&line[..at])).then_some(at);
        }
        after_lower = lower(c);
    }
    None
}

/// A line opening with the slug of the photo's file or page address, the
/// caption glued after it ("bo-truong-tiep-doan-dai-bieu-TQQuang cảnh
/// cuộc gặp …", "le-ky-niem-ngay-thanh-lap Đại biểu dự lễ …"): the caption
/// is what is left. A slug is letters and digits with no marks, words in
/// one case each, parted by hyphens.
pub fn strip_slug_prefix(line: &str) -> &str {
    if !line.starts_with(|c: char| c.is_ascii_lowercase()) {
        return line;
    }
    let end = line
        .bytes()
        .position(|b| !(b.is_ascii_alphanumeric() || b == b'-'))
        .unwrap_or(line.len());
    let slug = &line[..end];
    if slug.bytes().filter(|&b| b == b'-').count() + 1 < SLUG_WORDS {
        return line;
    }
    let words: Vec<&str> = slug.split('-').collect();
    let one_case = |w: &str| {
        !w.is_empty()
            && (w.bytes().all(|b| !b.is_ascii_uppercase())
                || w.bytes().all(|b| !b.is_ascii_lowercase()))
    };
    let Some((last, before)) = words.split_last() else {
        return line;
    };
    if !before.iter().all(|w| one_case(w)) {
        return line;
    }
    // The caption's first word glued to the slug's last: it opens at the
    // capital followed by a small letter ("TQQuang", "bieuQuang").
    let b = last.as_bytes();
    let glued = (1..b.len())
        .find(|&i| b[i].is_ascii_uppercase() && b.get(i + 1).is_some_and(u8::is_ascii_lowercase));
    let from = match glued {
        Some(i) if one_case(&last[..i]) => end - last.len() + i,
        None if one_case(last) => end,
        _ => return line,
    };
    let caption = line[from..].trim_start();
    if caption.starts_with(char::is_uppercase) && super::text::word_count(caption) >= 3 {
        caption
    } else {
        line
    }
}

static DATE: LazyLock<Rx> = LazyLock::new(|| {
    // "17/05/2024", "17 - 05 - 2024", "17 tháng 5 năm 2024" (a site's
    // clock may set each part off: "ngày 27, tháng 2, năm 2020", or space
    // the comma off the year: "ngày 3 tháng 9 , 2021"), a stamp
    // alone with the year in two digits ("17/10/21"), and one alone with
    // spaces for separators ("17 05 2024").
    Rx::new(
        r"[0-9]{1,2} ?[/.-] ?[0-9]{1,2} ?[/.-] ?[0-9]{4}|[0-9]{1,2},? (?:tháng |th)[0-9]{1,2} ?,? (?:năm )?[0-9]{4}|(?:19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}|^[0-9]{1,2}/[0-9]{1,2}/[0-9]{2}$|^[0-9]{1,2} [0-9]{1,2} (?:19|20)[0-9]{2}$|[0-9]{1,2} tháng (?:mười|một|hai|ba|tư|năm|sáu|bảy|tám|chín)(?: một| hai)?,? (?:19|20)[0-9]{2}|tháng (?:mười|một|hai|ba|tư|năm|sáu|bảy|tám|chín)(?: một| hai)? [0-9]{1,2},? (?:19|20)[0-9]{2}",
    )
});
static DATE_WORDS: LazyLock<Rx> = LazyLock::new(|| {
    Rx::new(
        r"^(?:[\s,|()\[\]\-–:/.+•]|[0-9]|thứ|hai|ba|tư|năm|sáu|bảy|chủ nhật|cn|t[2-7]|print|gốc|cập nhật|ngày đăng tin|ngày đăng bài|ngày đăng|đăng lúc|đăng ngày|ngày|lúc|giờ|phút|gmt|am|pm|sa|ch|cập nhật lúc|số lượt xem|số lần xem|lượt xem|lượt đọc|views?|h|tháng|th|một|tám|chín|mười|đã|đăng|vào|cập nhật:|đăng:|đưa|gửi|xuất bản|in bài|chia sẻ|bình luận|publish(?:ed)?|posted|post|date|count|xem cỡ chữ|cỡ chữ|cở chữ|google)*$",
    )
});

/// Most words of the user name before "gửi vào" in a stamp.
const MAX_SUBMITTER_WORDS: usize = 3;

/// The stamp of a line that says who submitted the page ("quantri gửi vào
/// T6, 2018-09-28 09:22", as community portals print it), or the whole line.
fn submitted_stamp(lower: &str) -> &str {
    match lower.split_once(" gửi vào ") {
        Some((who, stamp)) if who.split(' ').count() <= MAX_SUBMITTER_WORDS => stamp,
        _ => lower,
    }
}

static DATE_PREFIX: LazyLock<Rx> = LazyLock::new(|| {
    // A stamp written day first, with slashes or with dashes, its time
    // maybe after a dash ("21-11-2025 - 22:35 PM | Xã hội"), with its
    // seconds and the zone ("21/09/2019 08:05:00 +07:00"), or its time
    // first and the day of the week after a dash ("08:05 - Thứ Hai,
    // 03/04/2023", as some provincial papers print it); one written year
    // first is `year_first`'s.
    Rx::new(
        r"^(?:print\s+)?(?:(?:[0-9]{1,2}:[0-9]{2}\s*[-–|]\s*)?(?:thứ \S+|chủ nhật),?\s*)?(?:[0-9]{1,2}:[0-9]{2},?\s*)?(?:[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}|[0-9]{1,2}-[0-9]{1,2}-[0-9]{4})(?:(?:,?\s*|\s*[-–]\s*)[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:\s*[ap]m)?(?:\s*(?:\+07:?00|\(?gmt\s?\+\s?7\)?))?)?(?:\s*gốc)?\s*",
    )
});

/// A stamp written year first opening a line, maybe after a label
/// ("date 2025-08-27 Trao tặng …", "Ngày đăng: 2024-03-12 10:15 Sáng
/// 12/3, …", "date 2017-10 Chiều 17.10, …"): the stamp and the rest of the
/// line. A stamp of a month alone is cut off too, though it dates nothing.
/// The one reader of stamps written year first, in the header and in
/// furniture alike.
pub fn year_first(line: &str) -> Option<(&str, &str)> {
    const LABELS: &[&str] = &[
        "date:",
        "date",
        "ngày đăng:",
        "ngày đăng tin:",
        "ngày đăng bài:",
        "ngày xuất bản:",
        "cập nhật:",
        "cập nhật",
        "đăng lúc:",
        "đăng ngày:",
        "ngày:",
    ];
    // Most lines open with neither a digit nor a label's first letter
    // ("date", "ngày", "cập nhật", "đăng"): only those are lower-cased.
    let first = line.chars().next()?;
    let label = if first.is_ascii_digit() {
        0
    } else if matches!(first, 'd' | 'D' | 'n' | 'N' | 'c' | 'C' | 'đ' | 'Đ') {
        let mut cut = line.len().min(40);
        while !line.is_char_boundary(cut) {
            cut -= 1;
        }
        let lower = super::text::lower_same(&line[..cut]);
        LABELS
            .iter()
            .find(|l| lower.starts_with(*l))
            .map_or(0, |l| l.len())
    } else {
        return None;
    };
    let start = label + (line[label..].len() - line[label..].trim_start().len());
    let b = &line.as_bytes()[start..];
    let digits = |r: std::ops::Range<usize>| {
        b.get(r)
            .is_some_and(|d| !d.is_empty() && d.iter().all(u8::is_ascii_digit))
    };
    // "2024-03-12", also "2024/03/12".
    let sep = *b.get(4)?;
    if !(digits(0..4) && matches!(sep, b'-' | b'/') && digits(5..7)) {
        return None;
    }
    let mut end = if b.get(7) == Some(&sep) && digits(8..10) {
        10
    } else {
        7
    };
    // A time of day after the day ("2014-05-19 05:36:37"), or joined to
    // it as a page's metadata writes it ("2024-11-15T10:20:00+07:00").
    let time = b[end..]
        .strip_prefix(b" ")
        .or_else(|| b[end..].strip_prefix(b"T"))
        .filter(|t| t.len() >= 5 && t[..2].iter().all(u8::is_ascii_digit) && t[2] == b':');
    if let Some(t) = time {
        let clock = t
            .iter()
            .take_while(|c| c.is_ascii_digit() || **c == b':' || **c == b'.')
            .count();
        // The zone: "Z" or "+07:00".
        let zone = match t.get(clock) {
            Some(b'Z') => 1,
            Some(b'+' | b'-') => {
                1 + t[clock + 1..]
                    .iter()
                    .take_while(|c| c.is_ascii_digit() || **c == b':')
                    .count()
            }
            _ => 0,
        };
        end += 1 + clock + zone;
    }
    if b.get(end).is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    let stamp = &line[start..start + end];
    Some((stamp, line[start + end..].trim_start()))
}

/// Splits a leading date stamp off a line of text ("19:07 13/07/2021 Sáng
/// 13-7, …"): returns the stamp and the rest when the rest is real text.
pub fn split_date_prefix<'l>(lower: &str, line: &'l str) -> Option<(&'l str, &'l str)> {
    // "12/05/2024 - Huyện ủy sơ kết …": the dash or bar that set the stamp
    // apart goes with it.
    let unmark = |rest: &'l str| {
        rest.strip_prefix(['-', '–', '|'])
            .map_or(rest, str::trim_start)
    };
    if let Some((stamp, rest)) = year_first(line) {
        let rest = unmark(rest);
        return (super::text::word_count(rest) >= 4).then_some((stamp, rest));
    }
    if let Some(split) = bracketed_stamp(line) {
        return Some(split);
    }
    let m = DATE_PREFIX.find(lower)?;
    let rest = unmark(line.get(m.end()..)?);
    // "15/02/2024, 11:44“Mời …": a quotation may follow with no space.
    let glued = rest.starts_with(['“', '"', '‘', '\'', '(']);
    let spaced = m.as_str().ends_with(char::is_whitespace);
    ((spaced || glued) && super::text::word_count(rest) >= 4)
        .then(|| (line[..m.end()].trim_end(), rest))
}

/// A stamp in brackets opening the lead, glued to it or not, as some
/// provincial portals print the day an item was posted: "(16/07/2014)Chiều
/// ngày 16/7, …". The brackets hold the stamp and nothing else.
fn bracketed_stamp(line: &str) -> Option<(&str, &str)> {
    let inner = line.strip_prefix('(')?;
    let close = inner.find(')').filter(|&k| k <= 40)?;
    let stamp = inner[..close].trim();
    let whole = DATE_PREFIX
        .find(stamp)
        .is_some_and(|m| m.end() == stamp.len() && stamp.bytes().any(|b| b == b'/' || b == b'-'));
    let rest = inner[close + 1..].trim_start();
    (whole && super::text::word_count(rest) >= 4).then_some((stamp, rest))
}

/// The stamp of a line that is a date stamp and a section label of up to
/// three words ("date 2025-09-22 Chính trị", "13/07/2021 Thời sự").
pub fn split_date_label<'l>(lower: &str, line: &'l str) -> Option<&'l str> {
    if let Some((stamp, rest)) = year_first(line) {
        return (super::text::word_count(rest) < 4).then_some(stamp);
    }
    let m = DATE_PREFIX.find(lower)?;
    let rest = line.get(m.end()..)?;
    (super::text::word_count(rest) < 4).then(|| line[..m.end()].trim_end())
}

/// The date stamp opening `line`, whatever follows it.
pub fn leading_stamp<'l>(lower: &str, line: &'l str) -> Option<&'l str> {
    if let Some((stamp, _)) = year_first(line) {
        return Some(stamp);
    }
    let m = DATE_PREFIX.find(lower)?;
    line.get(..m.end()).map(str::trim_end)
}

/// Whether a line is a date stamp and nothing else: "Lượt xem: 7370 |
/// Gửi lúc: 05/12/2013 15:42", counter or not, or a blog engine's stamp
/// in its own locale ("05 octobre 2015", "Monday, October 5, 2015").
fn stamp_line(lower: &str, line: &str) -> bool {
    let len = line.len();
    len < 120
        && (DATE.is_match(lower) || dated_opening(lower))
        && DATE_WORDS.is_match(submitted_stamp(lower))
        || len <= 60 && super::dates::foreign_stamp(line).is_some()
        || len < 120 && sourced_stamp(lower)
        || len < 120 && sectioned_stamp(line)
}

/// Most words of a section label before a stamp.
const MAX_SECTION_WORDS: usize = 3;

/// Whether a line is a section label, a dash or a bar, then a stamp and
/// nothing else ("Trong nước - Ngày đăng : 09:30, 12/05/2019", "Thời sự |
/// 12/05/2019 09:30"), as a page prints its section over the article:
/// the mirror of a stamp followed by its section. The label is written
/// in sentence case, so a writer's name before the stamp ("Thu Hà -
/// 12/05/2019", "Đinh văn Khải | …") stays a byline.
fn sectioned_stamp(line: &str) -> bool {
    let Some((label, stamp)) = line.split_once(" - ").or_else(|| line.split_once(" | ")) else {
        return false;
    };
    let mut words = label.split_whitespace();
    let sentence_case = words
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase))
        && words.all(|w| w.chars().all(char::is_lowercase));
    if !sentence_case || !(2..=MAX_SECTION_WORDS).contains(&super::text::word_count(label.trim())) {
        return false;
    }
    let stamp = stamp.to_lowercase();
    DATE.is_match(&stamp) && DATE_WORDS.is_match(&stamp)
}

/// Most words of the source named after a labelled stamp.
const MAX_STAMP_SOURCE_WORDS: usize = 3;

/// Whether a line is a labelled stamp and the outlet it was taken from
/// ("Ngày đăng: 25/04/2011 Đại Đoàn Kết"), as aggregators print under a
/// reprinted report: a date label, a stamp written day first, and a few
/// words more.
fn sourced_stamp(lower: &str) -> bool {
    let Some(rest) = DATE_LABELS.iter().find_map(|l| lower.strip_prefix(l)) else {
        return false;
    };
    let rest = rest.trim_start();
    DATE_PREFIX.find(rest).is_some_and(|m| {
        let source = &rest[m.end()..];
        source.chars().next().is_some_and(char::is_alphabetic)
            && super::text::word_count(source) <= MAX_STAMP_SOURCE_WORDS
    })
}

/// Longest line that holds a stamp's label alone.
const MAX_LONE_LABEL: usize = 40;

/// Whether a line is a stamp's label and nothing else, maybe after an
/// open bracket ("( Cập nhật lúc:", "Ngày đăng :"): a template that sets
/// the label and the date in cells of their own breaks the stamp over
/// lines, the date on the line after.
fn stamp_label_alone(lower: &str) -> bool {
    let label = lower.trim_start_matches(['(', '[', ' ']).trim_end();
    DATE_LABELS.iter().any(|l| {
        label == *l
            || label
                .strip_suffix(" :")
                .is_some_and(|bare| Some(bare.trim_end()) == l.strip_suffix(':'))
    })
}

/// Classifies one squashed line given the lower case of (at least the
/// first 64 bytes of) it; lengths are the line's own.
pub fn classify(lower: &str, line: &str) -> Line {
    // "• Xem với cỡ chữ": a widget's label set as a list item is furniture
    // all the same; an item of the article's own list stays text.
    for mark in ["• ", "- ", "+ ", "* "] {
        if let (Some(l), Some(rest)) = (lower.strip_prefix(mark), line.strip_prefix(mark)) {
            if classify(l.trim_start(), rest.trim_start()) == Line::Drop {
                return Line::Drop;
            }
        }
    }
    let len = line.len();
    // "X" alone: the button of the network once called Twitter in a
    // share row, never a writer's signature.
    if line == "X" {
        return Line::Drop;
    }
    let bare = lower.trim_end_matches([':', '.', ' ', '…']);
    // Furniture lines are short; long lines skip the list look-ups, and
    // so does a line whose first two bytes open no listed phrase.
    let listed = LISTED.opens(lower);
    if listed && len <= 60 && LISTED.drops.contains(bare) {
        return Line::Drop;
    }
    if counted(lower, bare, len) || len <= MAX_LONE_LABEL && stamp_label_alone(lower) {
        return Line::Drop;
    }
    // The site clock's lunar date ("Âm lịch 15/10 Bính Ngọ"), short and
    // with its day in figures; a sentence on the lunar calendar runs on.
    if len <= 48 && lower.starts_with("âm lịch") && lower.bytes().any(|b| b.is_ascii_digit()) {
        return Line::Drop;
    }
    // An inline link inside the article ("Xem thêm: <headline>"): only the
    // line goes, the article goes on after it.
    // "Xem thêm:" alone heads a list of such links: a section.
    let heads_list = |p: &str| p.ends_with(':') && is_section_heading(bare);
    if listed && len < 300 && LISTED.drop_prefixes(lower).any(|p| !heads_list(p)) {
        return Line::Drop;
    }
    if stamp_line(lower, line) {
        return Line::DateOnly;
    }
    if listed && len < 60 && heads_comments(lower) && !counter(bare) {
        return Line::Section;
    }
    if listed && len < 160 && (is_section_heading(bare) || LISTED.section_prefix(lower)) {
        return Line::Section;
    }
    // "Tag: Thời sự , Thủ tướng Chính phủ , …": a row of tag links runs
    // longer than other labels, but never ends a sentence.
    if listed && len < 600 && is_tag_row(lower, line) {
        return Line::Section;
    }
    // "Mới nhất | Đọc nhiều", "Vietnamese | English": a row of tabs or
    // switches, each part furniture of its own.
    if len < 150 && memchr::memchr(b'|', lower.as_bytes()).is_some() && furniture_parts(lower) {
        return Line::Drop;
    }
    // "> Tin tức - Sự kiện > Chuyên mục > …", "Tin tức sự kiện > Dân vận":
    // a breadcrumb trail, with or without the arrow of its home link.
    let arrowed = lower.starts_with("> ") && len < 400 && lower[2..].contains(" > ");
    if arrowed || crumb_trail(line) || home_trail(lower) {
        return Line::Drop;
    }
    // "> Tỉnh A có Chủ tịch mới": a related headline marked as a link with
    // one arrow, short and with no mark that ends a sentence; a quoted
    // paragraph ends with one.
    if lower.starts_with("> ") && len < 160 && !lower.ends_with(['.', '!', '?', '"', '”', ':', ';'])
    {
        return Line::Drop;
    }
    if lower.starts_with("qr code:") {
        return Line::Qr(
            line.get("qr code:".len()..)
                .unwrap_or("")
                .trim()
                .to_string(),
        );
    }
    // "(Nguồn: FPT)", "(Video: VTV)": in brackets on a line of its own,
    // the credit of the video or photo above, not the article's source.
    if len < 100
        && lower.ends_with(')')
        && ["(nguồn", "(video", "(clip"]
            .iter()
            .any(|w| lower.starts_with(w))
    {
        return Line::Drop;
    }
    // "Nguồn: X", also as an item of a list ("• Nguồn: X").
    let listed = lower.trim_start_matches(['•', '-', '*', ' ']);
    let skip = lower.len() - listed.len();
    for p in ["nguồn:", "nguồn :", "nguồn tin:"] {
        if listed.starts_with(p) && len < 200 {
            let rest = line.get(skip + p.len()..).unwrap_or("");
            return Line::Source(rest.trim().to_string());
        }
    }
    if len < 400 && (is_caption(lower) || is_caption(line)) {
        return photo_label(line).map_or(Line::Drop, Line::PhotoLabel);
    }
    if len < 300 && is_template(lower, line) || len < 800 && template::comment_policy(lower) {
        return Line::Drop;
    }
    if len < 400 && (photo_placeholder(lower) || photo_file_numbers(line)) {
        return Line::Drop;
    }
    if len < 400 && (gallery_heading(lower) || without_diacritics(line)) {
        return Line::Drop;
    }
    if len < 80 && (filed_under(lower) || app_banner(lower)) {
        return Line::Drop;
    }
    // A blog engine's photo markup left in the text when the page was
    // scraped, and links to other articles.
    if len < 300
        && (stamped_link(line) || slug_line(line) || shortcode(lower) || bracketed_link(line))
    {
        return Line::Drop;
    }
    if len <= 60 && photo_file_name(line) || len <= 90 && attached_file(line) {
        return Line::Drop;
    }
    if len <= 160 && print_view_stamp(lower) {
        return Line::Drop;
    }
    Line::Text
}

/// "tenmien.org.vn ── [ In trang Thứ hai, 3/3/2025 ]": the line a site's
/// print view sets over the article, its address and the day the page
/// was printed in brackets; neither the article's date nor its text.
fn print_view_stamp(lower: &str) -> bool {
    let Some(open) = lower.find("[ in trang").or_else(|| lower.find("[in trang")) else {
        return false;
    };
    lower.trim_end().ends_with(']')
        && lower[open..].bytes().any(|b| b.is_ascii_digit())
        && lower[..open].split_whitespace().next().is_some_and(|site| {
            site.contains('.')
                && site
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-.".contains(&b))
        })
}

/// `z681_9d2e.jpg (425 KB)`, "anh-dai-hoi.png (1,2 MB)": a photo's file
/// listed with its size the way a site's editor attaches it, where the
/// photo stood. The size in brackets marks the attachment, so the name
/// may be any picture's, even one word with no digits ("2.jpg").
fn attached_file(line: &str) -> bool {
    let Some(open) = line.rfind(" (") else {
        return false;
    };
    let (name, size) = (&line[..open], &line[open + 2..]);
    let Some(size) = size.strip_suffix(')') else {
        return false;
    };
    let Some(number) = ["KB", "MB", "kB", "Kb", "Mb"]
        .iter()
        .find_map(|unit| size.strip_suffix(unit))
        .map(str::trim_end)
    else {
        return false;
    };
    let sized = !number.is_empty()
        && number
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',');
    let lower = name.to_ascii_lowercase();
    let picture = [".jpg", ".jpeg", ".png", ".gif", ".webp"]
        .iter()
        .any(|e| lower.len() > e.len() && lower.ends_with(e));
    sized
        && picture
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
}

/// "a1-1216", "image008", `IMG_2041.JPG`: the name of a photo's file left
/// where the photo stood (or written with spaces, `camera_file_spaced`).
/// One word of ASCII letters and digits, both, with a small letter or an
/// underscore, and two runs of digits, a camera's or an editor's prefix
/// or a picture's extension; no word of the article ("COVID-19",
/// "covid19", "U23").
fn photo_file_name(line: &str) -> bool {
    if camera_file_spaced(line) {
        return true;
    }
    let b = line.as_bytes();
    let shaped = b.len() >= 4
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || b"-_.".contains(c))
        && b.iter().any(u8::is_ascii_digit)
        && b.iter().any(u8::is_ascii_alphabetic)
        && (b.iter().any(u8::is_ascii_lowercase) || b.contains(&b'_'));
    let runs = b
        .windows(2)
        .filter(|w| w[1].is_ascii_digit() && !w[0].is_ascii_digit())
        .count()
        + usize::from(b[0].is_ascii_digit());
    let lower = line.to_ascii_lowercase();
    let named = std::iter::once(&"image")
        .chain(CAMERA_PREFIXES)
        .any(|p| lower.starts_with(p))
        || [".jpg", ".png", ".jpeg"].iter().any(|e| lower.ends_with(e));
    shaped && (runs >= 2 || named)
}

/// What cameras and phones begin their photos' file names with.
const CAMERA_PREFIXES: &[&str] = &["img", "dsc", "dscn", "dscf", "pxl", "dji"];

/// "IMG 20190412 083015", "DSC 0412": a camera's file name whose
/// underscores the page turned to spaces, its prefix then runs of four
/// digits or more; no sentence is only a prefix and numbers.
fn camera_file_spaced(line: &str) -> bool {
    let mut words = line.split(' ');
    let prefix = words.next().unwrap_or("");
    let camera = CAMERA_PREFIXES
        .iter()
        .any(|p| prefix.eq_ignore_ascii_case(p));
    let mut runs = 0;
    let digits = words.all(|w| {
        runs += 1;
        w.len() >= 4 && w.bytes().all(|c| c.is_ascii_digit())
    });
    camera && digits && runs >= 1
}

/// "158 Xem", "1.204 lượt xem": a view counter that prints its number
/// first.
fn counted_views(bare: &str) -> bool {
    let digits = bare
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b'.' || *b == b',')
        .count();
    digits > 0
        && bare[digits..]
            .strip_prefix(' ')
            .is_some_and(|rest| ["xem", "lượt xem", "lượt đọc"].contains(&rest))
}

/// Whether a line is only a blog engine's markup in square brackets,
/// opening or closing a photo's caption (`[caption id="attachment_12"
/// width="534"]`, `[/caption]`), or a template's call it left unrendered.
fn shortcode(lower: &str) -> bool {
    template_call(lower)
        || lower.ends_with(']')
            && ["[caption", "[/caption", "[embed", "[/embed", "[gallery"]
                .iter()
                .any(|w| lower.starts_with(w))
            && memchr::memchr(b']', lower.as_bytes()) == Some(lower.len() - 1)
}

/// Whether a line is only a template's call left unrendered by the page
/// (`[links()]`, `[related_news(5)]`): a name of ASCII letters, digits
/// and underscores, then brackets, inside square brackets. Prose never
/// writes a call.
fn template_call(line: &str) -> bool {
    line.strip_prefix('[')
        .and_then(|l| l.strip_suffix(")]"))
        .and_then(|l| l.split_once('('))
        .is_some_and(|(name, args)| {
            name.starts_with(|c: char| c.is_ascii_alphabetic())
                && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
                && !args.contains(['(', ')', '[', ']'])
        })
}

/// "[Thủ tướng bổ nhiệm Thứ trưởng Bộ Tài chính]": the headline of a
/// related article set in square brackets on a line of its own, as
/// papers link them between paragraphs; prose never brackets a sentence.
fn bracketed_link(line: &str) -> bool {
    line.strip_prefix('[')
        .and_then(|l| l.strip_suffix(']'))
        .is_some_and(|inner| {
            inner.starts_with(char::is_uppercase)
                && memchr::memchr2(b'[', b']', inner.as_bytes()).is_none()
                && super::text::word_count(inner) >= 4
        })
}

/// "le-vieng-nha-van-to-chuc-vao-ngay-13-giadinhonline.vn 1": the address
/// of a linked article, its words joined by hyphens and maybe a count
/// after it; prose never runs three hyphens through one word.
fn slug_line(line: &str) -> bool {
    // The slug opens the line: one that opens with no small ASCII letter
    // (nearly every line) is none, and its hyphens are not counted.
    if !line.starts_with(|c: char| c.is_ascii_lowercase()) {
        return false;
    }
    let slug = line
        .split_once(' ')
        .filter(|(_, n)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        .map_or(line, |(slug, _)| slug);
    slug.bytes().filter(|&b| b == b'-').count() >= 3
        && slug.starts_with(|c: char| c.is_ascii_lowercase())
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-._/".contains(&b))
}

/// "- 10-07-2014Ông A được bầu làm Phó Chủ tịch UBND tỉnh B": an item of a
/// list of other headlines, its date glued to the headline's capital with
/// no space, as a page's script prints them; prose never glues a word to
/// a date.
fn stamped_link(line: &str) -> bool {
    let line = line.trim_start_matches(['-', '–', '•', '*', '+', ' ']);
    let b = line.as_bytes();
    let mut k = 0;
    for (n, max) in [(1, 2), (1, 2), (4, 4)] {
        let digits = b[k..]
            .iter()
            .take(max)
            .take_while(|c| c.is_ascii_digit())
            .count();
        if digits < n || digits > max {
            return false;
        }
        k += digits;
        if max == 4 {
            break;
        }
        if !matches!(b.get(k), Some(b'-' | b'/' | b'.')) {
            return false;
        }
        k += 1;
    }
    line[k..].chars().next().is_some_and(char::is_uppercase)
}

/// "Tải ứng dụng Báo X": a banner offering the outlet's app, a few words
/// and no sentence (a how-to's step "Tải ứng dụng `VNeID` về máy." stays).
fn app_banner(lower: &str) -> bool {
    lower
        .strip_prefix("tải ứng dụng")
        .is_some_and(|rest| super::text::word_count(rest) <= 6 && !super::page::ends_sentence(rest))
}

/// Whether every part of a line split at its bars is a listed label
/// (two parts at least).
fn furniture_parts(lower: &str) -> bool {
    let mut parts = lower.split('|').map(|p| p.trim()).filter(|p| !p.is_empty());
    let mut n = 0;
    let all = parts.all(|p| {
        n += 1;
        LISTED.drops.contains(p) || is_section_heading(p)
    });
    all && n >= 2
}

/// Whether `lower` is the site's trail from its home link, parted by
/// slashes ("home / bắc ninh / công ty a khánh thành nhà máy"): two or
/// more items after the link. The headline it ends with is printed again
/// as a line of its own.
fn home_trail(lower: &str) -> bool {
    lower.len() < 400
        && ["home / ", "trang chủ / "]
            .iter()
            .any(|h| lower.starts_with(h))
        && lower.matches(" / ").count() >= 2
}

/// Whether `line` is a breadcrumb trail: two or more section names of one
/// to four words, each opening with a capital, joined by "›", "»" or ">"
/// ("Tin tức sự kiện > Dân vận", "Hoạt động » Mặt trận » Tin cơ sở"). A
/// headline cut into a trail ends with a longer item and is left to the
/// headline's rules.
fn crumb_trail(line: &str) -> bool {
    if line.len() >= 200 || !line.contains(['>', '»', '›']) {
        return false;
    }
    let mut n = 0;
    let all = line.split(['>', '»', '›']).map(str::trim).all(|p| {
        n += 1;
        (1..=4).contains(&super::text::word_count(p))
            && p.starts_with(char::is_uppercase)
            && p.chars().all(|c| c.is_alphabetic() || " -–,".contains(c))
    });
    all && n >= 2
}

/// "Sự kiện: Thời sự", "Chuyên mục: Xây dựng Đảng", "Chủ đề: Dân vận": the label of the
/// section or running event an outlet files the article under, a few
/// words with no full stop.
fn filed_under(lower: &str) -> bool {
    ["sự kiện:", "chuyên mục:", "chủ đề:", "dòng sự kiện:"]
        .iter()
        .any(|p| {
            lower.strip_prefix(p).map(str::trim).is_some_and(|rest| {
                (1..=5).contains(&super::text::word_count(rest))
                    && !super::page::ends_sentence(rest)
            })
        })
}

/// Other openings of a gallery's heading, read only with its colon
/// ("Các hình ảnh tại buổi lễ:", "Những hình ảnh đẹp tại hội thi:"): the
/// heading announces the photos under it and tells nothing.
const GALLERY_OPENERS: &[&str] = &[
    "các hình ảnh",
    "những hình ảnh",
    "một vài hình ảnh",
    "chùm ảnh",
];

/// Whether `lower` heads a gallery of photos ("Một số hình ảnh tại ngày
/// hội:", "Hình ảnh tại buổi lễ:"): the captions under it stay, the
/// heading itself says nothing.
fn gallery_heading(lower: &str) -> bool {
    let line = lower.trim_end();
    line.len() < 160
        && (line.starts_with("một số hình ảnh")
            || line.starts_with("một số ảnh")
            || (line.ends_with(':') && GALLERY_OPENERS.iter().any(|w| line.starts_with(w)))
            || (line.ends_with(':') && (line.starts_with("hình ảnh ") || line.starts_with("ảnh "))))
        && (!line.ends_with('.') || dotted_gallery_heading(line))
}

/// Whether `line` (lower case, ending with a full stop) is a gallery's
/// heading all the same: "Một số hình ảnh của đoàn.", "Một số hình ảnh tại
/// buổi lễ." — a few words that only say where the photos were taken or
/// whose they are, no clause ("Một số hình ảnh được trưng bày tại …" tells
/// something and stays).
fn dotted_gallery_heading(line: &str) -> bool {
    let rest = line
        .trim_end_matches('.')
        .trim_start_matches("một số hình ảnh")
        .trim_start_matches("một số ảnh")
        .trim_start();
    let place_or_owner = ["tại ", "của ", "về ", "trong ", "ở "]
        .iter()
        .any(|w| rest.starts_with(w));
    place_or_owner && !rest.contains([',', '.', ';']) && super::text::word_count(rest) <= 10
}

/// Whether `lower` is a gallery's heading that names its event and ends
/// with no colon ("Một số hình ảnh Đại hội …"): first on a page, the
/// gallery's headline. One ending with a full stop is the last line of a
/// report, never its headline.
pub fn gallery_headline(lower: &str) -> bool {
    let line = lower.trim_end();
    gallery_heading(lower) && !line.ends_with(':') && !line.ends_with('.')
}

/// Common Vietnamese words as they read with their marks stripped, none
/// of them an English word: two of them in a line of plain ASCII show
/// Vietnamese written without diacritics.
const BARE_VIETNAMESE: &[&str] = &[
    "cua", "cac", "cong", "tac", "nguoi", "nhan", "huyen", "tinh", "xa", "dan", "chu", "tich",
    "hoi", "nghi", "dang", "thanh", "tren", "voi", "trong", "duoc", "nhung", "khong", "vien",
    "tong", "ket", "uy", "quy", "thuc", "hien", "xay", "dung", "nong", "thon", "tham", "tang",
    "qua", "phuong", "truong", "nhiem", "lanh", "dao", "cap", "kiem",
    // A photo's placeholder name ("anh tin bai", "hinh anh hoat dong").
    "anh", "hinh", "bai", "tin",
];

/// Whether `line` is Vietnamese written without any diacritics and in
/// small letters: an address's slug ("tinh-uy-tong-ket-cong-tac-dan-van")
/// or a row of tags ("dan van, tong ket"), a photo's alternative text
/// opening with a number ("100 tinh nguyen vien cai tao truong hoc"). A
/// line opening with a capital may be a headline of a site that writes no
/// marks, and stays.
fn without_diacritics(line: &str) -> bool {
    let first = line.bytes().next();
    (first.is_some_and(|b| b.is_ascii_lowercase()) && (bare_vietnamese(line) || alt_text(line)))
        || (first.is_some_and(|b| b.is_ascii_digit()) && bare_vietnamese(line))
}

/// A photo's alternative text or file name in small letters, digits and
/// spaces only ("ncc gia lai 2019", "hoi nghi 2"): two to eight words
/// and no mark of any language's prose.
fn alt_text(line: &str) -> bool {
    // "btv thuha" is an editor's account signing the article.
    !line.starts_with(crate::parse::page::EDITOR)
        && (2..=8).contains(&line.split(' ').count())
        && line
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b' ')
}

/// Whether `line` is Vietnamese written without any diacritics, in either
/// case: plain ASCII holding two or more of the common words above.
pub(crate) fn bare_vietnamese(line: &str) -> bool {
    if !line.is_ascii() {
        return false;
    }
    let lower = line.to_ascii_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    let mut hits: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| BARE_VIETNAMESE.contains(w))
        .collect();
    hits.sort_unstable();
    hits.dedup();
    words.len() >= 3 && hits.len() >= 2
}

/// Whether `lower` is a row of tag links: a tag label, then phrases
/// split by commas, and no full stop ending it.
fn is_tag_row(lower: &str, line: &str) -> bool {
    ["tag:", "tags:", "từ khóa:", "từ khoá:"]
        .iter()
        .any(|p| lower.starts_with(p))
        && line.contains(',')
        && !super::page::ends_sentence(line)
}

/// Whether `bare` is a counter under an article: "Bình luận 0", "(0) Bình
/// luận", "Lượt thích 12".
fn counter(bare: &str) -> bool {
    let digits = |c: char| c.is_ascii_digit() || matches!(c, '(' | ')' | ' ' | '.');
    let label = bare.trim_matches(digits);
    label.len() < bare.len() && COUNTED.contains(&label)
}

/// Labels of counters a page prints by a number: comments, likes and
/// shares under an article, and the votes of a reader poll and the
/// visitors online in a portal's side column ("524 người đã bình chọn",
/// "366 người đang online").
const COUNTED: &[&str] = &[
    "bình luận",
    "lượt thích",
    "thích",
    "chia sẻ",
    "lượt bình chọn",
    "người đã bình chọn",
    "người bình chọn",
    "người đang online",
    "người đang truy cập",
];

/// Whether a line of `len` bytes is only a count: a counter, a player's
/// clock, the article's views, or a portal's visitors online, which run
/// longer.
fn counted(lower: &str, bare: &str, len: usize) -> bool {
    len <= 40 && (counter(bare) || player_clock(lower) || view_count(bare))
        || len <= 100 && visitors_online(bare)
}

/// Whether `bare` is the side column's count of who is reading the portal
/// now, as a content system's module prints it under "Truy cập hiện tại"
/// ("Đang có 97 khách và không thành viên đang online", "Hiện có 12
/// khách và 1 thành viên đang trực tuyến"): guests and members counted,
/// then "online".
fn visitors_online(bare: &str) -> bool {
    let Some(rest) = ["đang có ", "hiện có ", "hiện đang có "]
        .iter()
        .find_map(|p| bare.strip_prefix(p))
    else {
        return false;
    };
    rest.starts_with(|c: char| c.is_ascii_digit())
        && rest.contains(" khách")
        && rest.contains(" thành viên")
        && [" đang online", " đang trực tuyến"]
            .iter()
            .any(|w| rest.ends_with(w))
}

/// Whether `lower` is only the clock of an audio or video player ("0:00 /
/// 0:00").
fn player_clock(lower: &str) -> bool {
    let clock = |w: &str| {
        w.split_once(':').is_some_and(|(m, s)| {
            !m.is_empty()
                && s.len() == 2
                && (m.bytes().chain(s.bytes())).all(|b| b.is_ascii_digit())
        })
    };
    lower.contains(':') && lower.split(' ').all(|w| w == "/" || clock(w))
}

/// Whether `lower` opens with a whole day written year first
/// ("2026-01-12"), with no label before it.
fn dated_opening(lower: &str) -> bool {
    year_first(lower).is_some_and(|(stamp, _)| stamp.len() >= 10 && lower.starts_with(stamp))
}

/// A trailing date stamp glued to a headline ("… con hẻm 19/11/2025 12:19",
/// "… thành phố (02/12/2017 15:00)", a broadcast's "… 04:30 GMT+7, Thứ Ba,
/// 27/9/2022") or to a section label ("Chính trị
/// 28-05-2024").
static DATE_SUFFIX: LazyLock<Rx> = LazyLock::new(|| {
    Rx::new(
        r"\s+[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{4}(?:,?\s*[0-9]{1,2}:[0-9]{2})?(?:\s*\(?GMT\+7\)?)?$|\s+\([0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{4},?\s*[0-9]{1,2}:[0-9]{2}\)$|\s+[0-9]{1,2}:[0-9]{2}\s*\(?GMT\+7\)?,?\s*(?:[Tt]hứ [\p{L}0-9]+|[Cc]hủ [Nn]hật),?\s*[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{4}$",
    )
});

/// Words of a sentence that lead to the day after them, a deadline or a
/// span ("trước", "đến"), or a round named by its day ("khen thưởng
/// đợt 3/2/2026"); "ngày", "vào" also open a page's stamp
/// ("Đăng bởi … vào 05/06/2024").
const DAY_LEADS: &[&str] = &["trước", "đến", "tới", "từ", "sau", "hết", "đợt"];

/// Splits a date stamp off the end of a line: what precedes it (a
/// headline, or a section label of up to three words) and the stamp.
pub fn split_date_suffix(line: &str) -> Option<(&str, &str)> {
    let m = DATE_SUFFIX.find(line)?;
    // "Huyện ủy sơ kết công tác dân vận - 12/05/2024 08:30": the dash or
    // bar that set the stamp apart goes with it.
    let head = line[..m.start()].trim_end();
    // "… hoàn thành trước 30/6/2024", "… kéo dài đến 15/8/2024": a day the
    // headline's own words lead to is part of its sentence, no stamp.
    let set_apart = head.strip_suffix(['-', '–', '|']);
    let last = head.rsplit(' ').next().unwrap_or(head).to_lowercase();
    if set_apart.is_none() && DAY_LEADS.contains(&last.as_str()) {
        return None;
    }
    let head = set_apart.map_or(head, str::trim_end);
    (super::text::word_count(head) >= 1).then(|| (head, line[m.start()..].trim()))
}

/// A stamp with its time inside a line ("… toàn dân tộc 09:21 19/06/2023
/// (Mặt trận) - Chiều 16/6, …"): a headline, its stamp and the lead run
/// together.
static DATE_INSIDE: LazyLock<Rx> = LazyLock::new(|| {
    Rx::new(
        r"\s(?:[0-9]{1,2}:[0-9]{2},?\s+[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}|[0-9]{1,2}/[0-9]{1,2}/[0-9]{4},?\s+[0-9]{1,2}:[0-9]{2})\s",
    )
});

/// Splits a headline, a timed stamp and a lead run together on one line.
pub fn split_date_inside(line: &str) -> Option<(&str, &str, &str)> {
    timed_inside(line)
        .or_else(|| bracketed_inside(line))
        .or_else(|| sectioned_inside(line))
}

/// A section's name of up to three words, then a day, inside a line.
static SECTION_DATE_INSIDE: LazyLock<Rx> = LazyLock::new(|| {
    Rx::new(r"\s(\p{Lu}\p{Ll}*(?:\s\p{Ll}+){0,2})\s+([0-9]{1,2}/[0-9]{1,2}/[0-9]{4})\s")
});

/// "Bí thư Tỉnh ủy A được điều động … Thời sự 07/05/2020 Bộ Chính trị vừa
/// …": a listing's item, its headline, the section and day it was filed
/// under, and its summary run together; the headline, the day and the
/// summary.
fn sectioned_inside(line: &str) -> Option<(&str, &str, &str)> {
    // Most lines hold no day written in full: they skip the pattern, whose
    // Unicode classes cost far more than a look at each slash.
    if !slashed_full_date(line.as_bytes()) {
        return None;
    }
    let caps = SECTION_DATE_INSIDE.captures(line)?;
    let (label, day) = (caps.get(1)?, caps.get(2)?);
    if !section_name(&super::text::lower_same(label.as_str())) {
        return None;
    }
    let (head, rest) = (line[..label.start()].trim(), line[day.end()..].trim());
    let words = super::text::word_count;
    (words(head) >= 4 && words(rest) >= 4 && !super::page::ends_sentence(head))
        .then(|| (head, day.as_str(), rest))
}

/// Whether `b` may hold a day written in full with slashes, as
/// `SECTION_DATE_INSIDE` reads it: a digit, a slash, one or two bytes, a
/// slash and four digits ("7/05/2020"). A match has one; most slashes
/// stand in a document's number ("số 12/KH-UBND") or a day and month.
fn slashed_full_date(b: &[u8]) -> bool {
    memchr::memchr_iter(b'/', b).any(|at| {
        at > 0
            && b[at - 1].is_ascii_digit()
            && [at + 2, at + 3].into_iter().any(|k| {
                b.get(k) == Some(&b'/')
                    && b.get(k + 1..k + 5)
                        .is_some_and(|y| y.iter().all(u8::is_ascii_digit))
            })
    })
}

/// Longest stamp a headline carries in brackets.
const MAX_BRACKETED_STAMP: usize = 48;

/// "Họp Ban Chỉ đạo … ( Cập nhật ngày: 12/3/2024 )Sáng 12/3, …": a
/// portal's dated label in brackets after the headline, the lead run on
/// after it; the headline, the stamp and the lead.
fn bracketed_inside(line: &str) -> Option<(&str, &str, &str)> {
    let open = memchr::memchr(b'(', line.as_bytes())?;
    let close = open + memchr::memchr(b')', &line.as_bytes()[open..])?;
    let inner = line[open + 1..close].trim();
    if inner.len() > MAX_BRACKETED_STAMP {
        return None;
    }
    let lower = super::text::lower_same(inner);
    let labelled = ["cập nhật", "ngày đăng", "đăng ngày", "ngày cập nhật"]
        .iter()
        .any(|l| lower.starts_with(l));
    if !labelled || super::dates::full_date(inner).is_none() {
        return None;
    }
    let (head, rest) = (line[..open].trim(), line[close + 1..].trim());
    let words = super::text::word_count;
    (words(head) >= 4 && words(rest) >= 4 && !super::page::ends_sentence(head))
        .then_some((head, inner, rest))
}

/// A headline, a stamp with its time of day and a lead on one line.
fn timed_inside(line: &str) -> Option<(&str, &str, &str)> {
    // Most lines hold no time of day ("09:21"): they skip the pattern.
    let b = line.as_bytes();
    memchr::memchr_iter(b':', b).find(|&at| {
        at > 0 && b[at - 1].is_ascii_digit() && b.get(at + 1).is_some_and(u8::is_ascii_digit)
    })?;
    let m = DATE_INSIDE.find(line)?;
    let (head, rest) = (line[..m.start()].trim(), line[m.end()..].trim());
    let words = super::text::word_count;
    (words(head) >= 4 && words(rest) >= 4 && !super::page::ends_sentence(head))
        .then(|| (head, line[m.start()..m.end()].trim(), rest))
}

/// An outlet's tag in brackets that opens a lead ("(QNO) - ", "(GLO)- ").
static OUTLET_TAG: LazyLock<Rx> =
    LazyLock::new(|| Rx::new(r" \((?:[A-ZĐ][A-ZĐ0-9&.]{1,9})\) ?[-–—] ?"));

/// A headline run on into the lead behind the outlet's tag ("Vây bắt tên
/// trộm trốn vào rẫy keo (QNO) - N.V.L. bị bắt quả tang …"): the headline,
/// without a section's name before it ("An ninh trật tự"), and the lead
/// from the tag on.
pub fn split_outlet_tag(line: &str) -> Option<(&str, &str)> {
    let m = OUTLET_TAG.find(line)?;
    let head = line[..m.start()].trim();
    let rest = line[m.start()..].trim_start();
    let words = super::text::word_count;
    if !(4..=30).contains(&words(head)) || super::page::ends_sentence(head) || words(rest) < 4 {
        return None;
    }
    Some((template::without_section_name(head), rest))
}

/// Words that open a lead with a capital ("Sau 3 ngày xét xử, …", "Nhằm
/// đẩy mạnh …, …"); in the middle of a headline they are never capitalised.
const LEAD_OPENERS: &[&str] = &[
    "chiều", "hôm", "mới", "ngày", "nhân", "nhằm", "sau", "sáng", "theo", "thực", "trong", "trưa",
    "tại", "tối", "vừa", "với", "để",
];

/// A section's name, a headline and the lead run together on one line
/// with no mark between them ("Pháp luật Tuyên án 12 bị cáo … Sau 3 ngày
/// xét xử, chiều 13/8, …"): the headline without the section's name, and
/// the lead from the capitalised word that opens it, with a comma in its
/// first ten words.
pub fn split_section_headline_lead(line: &str) -> Option<(&str, &str)> {
    let head_and_lead = template::without_section_name(line);
    if head_and_lead.len() == line.len() {
        return None;
    }
    let words: Vec<(usize, &str)> = head_and_lead
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .collect();
    let at = (4..words.len()).find(|&k| {
        let (_, w) = words[k];
        let opener = super::text::lower_same(w);
        // "Ngày hội …" may stand in a headline; a lead's "Ngày 5/3" dates.
        let dated = opener != "ngày"
            || words
                .get(k + 1)
                .is_some_and(|(_, d)| d.starts_with(|c: char| c.is_ascii_digit()));
        !super::page::ends_sentence(words[k - 1].1)
            && w.starts_with(char::is_uppercase)
            && LEAD_OPENERS.contains(&opener.as_str())
            && dated
            && words[k..].iter().take(10).any(|(_, w)| w.ends_with(','))
            && words.len() - k >= 12
    })?;
    // "… năm 2025 ĐNO - Sáng 15/8, …": the outlet's tag opens the lead.
    let tagged = at >= 6
        && matches!(words[at - 1].1, "-" | "–")
        && words[at - 2].1.chars().all(|c| c.is_uppercase());
    let at = if tagged { at - 2 } else { at };
    let (head, lead) = head_and_lead.split_at(words[at].0);
    Some((head.trim_end(), lead))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_trail_of_section_names_without_a_home_link_is_dropped() {
        for line in [
            "Tin tức sự kiện > Dân vận",
            "Hoạt động » Mặt trận » Tin cơ sở",
            "Xây dựng Đảng › Công tác dân vận",
        ] {
            assert!(crumb_trail(line), "{line}");
        }
        // A headline's last item, a sentence or a single name is no trail.
        for line in [
            "Hoạt động chung > Ủy ban MTTQ xã Tân Lập tổ chức hội nghị hiệp thương",
            "Dân vận khéo",
            "Giá lúa > 7.000 đồng/kg, nông dân phấn khởi",
            "Tin tức > ",
        ] {
            assert!(!crumb_trail(line), "{line}");
        }
    }

    fn kind(s: &str) -> Line {
        classify(&s.to_lowercase(), s)
    }

    #[test]
    fn a_photos_file_name_where_the_photo_stood_is_dropped() {
        for name in ["a1-1216", "image008", "IMG_2041.JPG", "dsc01234.jpg"] {
            assert_eq!(kind(name), Line::Drop, "{name}");
        }
        for word in ["COVID-19", "covid19", "H5N1", "1.000", "PV", "Thu Hà"] {
            assert_eq!(kind(word), Line::Text, "{word}");
        }
    }

    #[test]
    fn a_sentence_counting_what_the_reader_has_left_is_text() {
        for line in [
            "Bạn còn 3 ngày để nộp hồ sơ dự tuyển tại UBND phường.",
            "Tối đa 50 hộ được hỗ trợ trong đợt này.",
        ] {
            assert_eq!(kind(line), Line::Text, "{line}");
        }
    }

    #[test]
    fn a_cameras_file_name_with_spaces_for_underscores_is_dropped() {
        for name in ["IMG 20210315 101122", "DSC 0734", "img 20240102 0815 2"] {
            assert_eq!(kind(name), Line::Drop, "{name}");
        }
        // A prefix and figures in a sentence, or a short number, are text.
        for line in ["IMG 12", "Img 2024 là năm bản lề", "DSC 2020 họp tại Huế"] {
            assert_eq!(kind(line), Line::Text, "{line}");
        }
    }

    #[test]
    fn the_stamp_a_print_view_sets_over_the_article_is_dropped() {
        assert_eq!(
            kind("hoinongdantinh.org.vn ── [ In trang Thứ hai, 3/3/2025 ]"),
            Line::Drop
        );
        assert_eq!(kind("baotinh.vn - [In trang 12/08/2024]"), Line::Drop);
        // The words in a sentence of the article are no stamp.
        assert_eq!(
            kind("Hội viên được hướng dẫn [in trang tài liệu] tại trụ sở Hội ngày 5/3."),
            Line::Text
        );
    }

    #[test]
    fn a_photos_file_listed_with_its_size_is_dropped() {
        for line in [
            "z5123409876543_7f3a9c2be41d08a6c5e9f1d2b3a4c5d6.jpg (318 KB)",
            "3.jpg (512 KB)",
            "dai-hoi-hoi-nong-dan.png (1,4 MB)",
        ] {
            assert_eq!(kind(line), Line::Drop, "{line}");
        }
        // A sentence that cites a size, or a name with no picture's
        // extension, is the article's.
        for line in [
            "Báo cáo tổng kết.pdf (120 KB)",
            "Hội trao 25 suất quà (500 nghìn đồng mỗi suất).",
            "Ảnh đại hội (2 MB)",
        ] {
            assert_eq!(kind(line), Line::Text, "{line}");
        }
    }

    #[test]
    fn a_section_name_a_headline_and_a_lead_on_one_line_are_split() {
        let line = "Pháp luật Xử phạt 12 đối tượng đánh bạc tại xã Tân Lập Sau 2 ngày điều tra, chiều 5/3, Công an huyện đã ra quyết định xử phạt hành chính.";
        assert_eq!(
            split_section_headline_lead(line),
            Some((
                "Xử phạt 12 đối tượng đánh bạc tại xã Tân Lập",
                "Sau 2 ngày điều tra, chiều 5/3, Công an huyện đã ra quyết định xử phạt hành chính."
            ))
        );
        assert_eq!(
            split_section_headline_lead("Chính trị Xã Tân Lập tổng kết công tác dân vận năm 2025 ĐNO - Sáng 5/3, Đảng ủy xã Tân Lập tổ chức hội nghị tổng kết công tác dân vận.").map(|(h, _)| h),
            Some("Xã Tân Lập tổng kết công tác dân vận năm 2025")
        );
        // No section's name before it: a lead that names a place stays whole.
        assert_eq!(
            split_section_headline_lead("Hội nghị tổng kết công tác năm tại xã Tân Lập Sau 2 ngày, chiều 5/3, hội nghị bế mạc."),
            None
        );
    }

    #[test]
    fn a_players_voices_and_a_portals_feedback_buttons_are_dropped() {
        for line in [
            "  • Nam miền Bắc",
            "• Nữ miền Nam",
            "Báo lỗi nội dung",
            "GÓP Ý GIAO DIỆN",
            "Nhờ chị Google đọc báo giúp bạn!",
        ] {
            assert_eq!(kind(line.trim_start()), Line::Drop, "{line}");
        }
        for line in [
            "Nam miền Bắc có mưa rào và dông rải rác.",
            "Hội thánh Tin lành Việt Nam miền Bắc",
            "Nhờ chị Google đọc báo giúp bạn, bà Lan nghe tin mỗi sáng.",
        ] {
            assert_ne!(kind(line), Line::Drop, "{line}");
        }
    }

    #[test]
    fn a_template_placeholder_in_braces_and_a_photos_slug_are_dropped() {
        for line in [
            "{keywords}",
            "{description}",
            "Nguyen-Van-Binh",
            "hoi-nghi-tong-ket-cong-tac-dan-van",
            "Pho Thu tuong Le Van Tam tham Ha Giang anh 2",
        ] {
            assert_eq!(kind(line), Line::Drop, "{line}");
        }
        for line in [
            "Xã Tân Lập {tổng kết} công tác dân vận năm 2025",
            "Phó Thủ tướng thăm đường dây 500kV mạch 3 Quảng Trạch-Phố Nối",
            "Đồng chí Nguyễn Văn Bình phát biểu tại hội nghị.",
        ] {
            assert_ne!(kind(line), Line::Drop, "{line}");
        }
    }

    #[test]
    fn a_gallerys_photo_names_run_together_are_dropped() {
        for line in ["ddkddk1ddk2", "hn3hn4hn5hn6", "anhdh1anhdh2"] {
            assert_eq!(kind(line), Line::Drop, "{line}");
        }
        // One photo's short name, where the photo stood.
        for line in ["a1", "anh2"] {
            assert_eq!(kind(line), Line::Drop, "{line}");
        }
        // A code or a word with one number is no gallery.
        for line in ["covid19", "h264", "ab12", "Ngày hội 2023 ở khu phố 12"] {
            assert_ne!(kind(line), Line::Drop, "{line}");
        }
    }

    #[test]
    fn a_long_unfinished_paragraph_naming_a_committee_thrice_is_no_menu() {
        // Past the header only the opening 64 bytes of a long line are
        // lower-cased; the words are counted on the whole line.
        let line = "Ủy ban Kiểm tra Tỉnh ủy gồm 11 người. Ban Thường vụ Tỉnh ủy chỉ định ông Hoàng Văn Khoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy giữ chức Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy; hai Phó Chủ nhiệm g";
        let mut cut = 64;
        while !line.is_char_boundary(cut) {
            cut += 1;
        }
        assert_eq!(classify(&line[..cut].to_lowercase(), line), Line::Text);
    }

    #[test]
    fn template_lines_are_dropped_by_shape() {
        for line in [
            "Trang chủ Thời sự Kinh tế Xã hội Thể thao Video",
            "IMG_2041.JPG",
            "z5123498765_8a9b.jpg)",
            "lblSapo",
            "<%= Model.Title %>",
            "Đường dây nóng: 0987 654 321",
            "A+ A- A",
            "Nội dung đang được cập nhật...",
            "Chia sẻ bài viết Facebook Zalo Email",
            "- Ảnh 2.",
            "z7375504568200_e5d8fb4310973ec86dab69ee4e20ba3a",
            "Thống kê hồ sơ",
            "Đánh giá thái độ phục vụ của cán bộ tiếp nhận hồ sơ ?",
            "image advertisement",
            "Tin mới Tin 24h Tin thị trường Tin thế giới",
            "Tiện ích Bạn cần biết Liên hệ Thông tin tòa soạn Liên hệ quảng cáo",
            // Long, its items of two or three words capitalised once.
            "Thời sự 24h Chính trị Xã hội Thế giới Kinh tế Bất động sản Đời sống Bạn đọc Doanh nghiệp",
            // A share row whose label lost its tone mark.
            "Share Bai :",
        ] {
            assert_eq!(kind(line), Line::Drop, "{line}");
        }
        for line in [
            "Ảnh: Hội nghị tại trụ sở Huyện ủy",
            "Tin tức và thời sự trong tỉnh được cập nhật mỗi ngày qua nhiều kênh.",
            "Bí thư Huyện ủy phát biểu tại hội nghị",
            "Giải pháp phát triển kinh tế xã hội thể thao văn hóa cơ sở.",
            "Quyết định 2024_QĐ-UBND ngày 12/3/2024",
            "Hà Nội, Huế và Đà Nẵng đón Hà Nội FC trở lại Hà Nội",
            "Xã An Bình tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025",
            "Thời sự, chính trị và xã hội của thế giới qua góc nhìn của bạn đọc trẻ hôm nay",
            "Hội nghị bàn về kinh tế xã hội văn hóa giáo dục thể thao du lịch và môi trường của tỉnh",
        ] {
            assert_eq!(kind(line), Line::Text, "{line}");
        }
        assert_eq!(
            kind("• Nguồn: Báo Tỉnh Nhà"),
            Line::Source("Báo Tỉnh Nhà".to_string())
        );
        // In brackets alone, the credit of the clip above it.
        assert_eq!(kind("(Nguồn: Đài PT-TH tỉnh)"), Line::Drop);
        assert_eq!(kind("(Video: Đài PT-TH tỉnh)"), Line::Drop);
        assert_eq!(kind("(Clip: Trung tâm Văn hóa huyện)"), Line::Drop);
        assert_ne!(
            kind("(Dân vận) - Sáng 12/3, Huyện ủy tổ chức hội nghị tổng kết năm 2024."),
            Line::Drop
        );
        assert!(DATE_SUFFIX.compiled() && DATE_INSIDE.compiled() && template::patterns_compile());
        assert!(SECTION_DATE_INSIDE.compiled());
    }

    #[test]
    fn a_day_in_full_with_slashes_is_told_on_the_bytes_before_the_section_pattern() {
        for line in [
            "Bí thư Tỉnh ủy A được điều động Thời sự 07/05/2020 Bộ Chính trị vừa quyết định",
            "Tin a b c Xã hội 7/5/2020 d e f g",
            "Tin Thời sự 1/12/2024 x",
            "Tin Thời sự 12/1/2024 x",
        ] {
            assert!(SECTION_DATE_INSIDE.is_match(line), "{line}");
            assert!(slashed_full_date(line.as_bytes()), "{line}");
        }
        for line in [
            "Kế hoạch số 12/KH-UBND ngày 5/3 của UBND tỉnh",
            "Sáng 12/3, Huyện ủy tổ chức hội nghị",
            "ngày 123/4567 hay /2020/ hoặc 1/2/202",
            "/",
            "1/",
            "1/2/",
        ] {
            assert!(!slashed_full_date(line.as_bytes()), "{line}");
            assert!(!SECTION_DATE_INSIDE.is_match(line), "{line}");
        }
    }

    #[test]
    fn media_file_lines_form_prompts_and_caption_labels_are_furniture() {
        for line in [
            // A template's stand-in text for a photo with no alternative.
            "Responsive image",
            // A player's video file where the clip stood, its address with a query.
            "Video: 150325-hoi-nghi-dan-van-xa-an-hoa.mp4?_t=1741999999",
            "ban-tin-thoi-su-toi.mp4",
            "Audio: phong-su-ngay-hoi.mp3",
            // A player's message where its clip did not load.
            "Video không hợp lệ",
            // The prompts of a comment form under the article.
            "Vui lòng nhập nội dung bình luận.",
            "Bạn cần đăng nhập để thực hiện chức năng này!",
            "Bạn không thể gửi bình luận liên tục. Xin hãy đợi",
            // Its counter of the characters left and its floor on them.
            "Bạn còn 1000/1000 ký tự",
            "Bạn vui lòng gõ ít nhất 10 ký tự.",
            "Tối đa 800 ký tự",
            // A paper's notices over its readers' comments, one of them
            // longer than a sentence of text.
            "Ý kiến của bạn sẽ được biên tập trước khi đăng. Xin vui lòng gõ tiếng Việt có dấu để ban biên tập dễ duyệt.",
            "Bình luận của bạn sẽ được kiểm duyệt trước khi hiển thị.",
            "Bài viết chưa có bình luận nào. Hãy là người đầu tiên bình luận.",
            // A related-news box's markup left by the scrape.
            "box__thumb\">",
            "box__meta\"> Tin liên quan div> <h5 class=\"box__heading\"> Xã Tân Lập ra mắt mô hình mới",
            // A rating box's prompt under the article.
            "Hãy trở thành người đầu tiên đánh giá cho bài viết này!",
            "Xin vui lòng gõ tiếng Việt có dấu",
            // A photo's file named with spaces, and its code between numbers.
            "TK phong trao van hoa 2017 .JPG",
            "Đảng bộ thị trấn trao huy hiệu Đảng cho các đảng viên .jpg",
            "15namVH1",
            // A widget's label set as a list item; a pop-up's button.
            "• Xem với cỡ chữ",
            "- Đóng cửa sổ này",
            // A breadcrumb of the page's sections.
            "Tin tức - Sự kiện / Trong huyện / Kinh tế - Chính trị",
            // One from the home link, parted by slashes, ending with the headline.
            "Home / Hà Nam / Công ty Minh Phát khánh thành nhà máy may tại Hà Nam",
            "Trang chủ / Tin tức / Hội Nông dân xã Yên Bình ra mắt tổ hội nghề nghiệp",
            // Two sections parted by a double arrow, which no headline holds.
            "Tin trong tỉnh >> Chính trị",
            "Tin tức >> Hoạt động của lãnh đạo",
            // A widget's text before its script has run.
            "loading...",
            "Đang tải…",
            // A blog's comment form and the reply link under a comment.
            "Email của bạn sẽ không được hiển thị công khai.",
            "Địa chỉ email của bạn sẽ không được công bố.",
            "Trả lời",
            "Để lại một bình luận",
            // How long ago a listed item was posted, and where.
            "2 giờ trước",
            "3 tháng trước baotinh.vn",
            // An editor's image-alignment buttons saved with the photo.
            "leftcenterrightdel",
            // The header of a word processor's clipboard, pasted with the text.
            "HTML clipboard",
            "Version:0.9 StartHTML:0000000105 EndHTML:0000001187",
            "<!--StartFragment-->",
            // Labels over a photo's caption and over a press-review column.
            "Chú thích ảnh",
            "Điểm báo",
        ] {
            assert_eq!(kind(line), Line::Drop, "{line}");
        }
        for line in [
            "Video: Hội nghị tổng kết công tác dân vận năm 2025 của huyện An Hòa",
            "Vui lòng đến trụ sở Ủy ban nhân dân xã để nhận quyết định trước ngày 20/3.",
            "H5N1",
            "• Hỗ trợ 120 hộ nghèo sửa chữa nhà ở.",
            "Giá lúa 7.000 đồng/kg, phân bón tăng / giảm theo mùa",
            "COVID19",
            "Ý kiến của cử tri sẽ được tổng hợp, gửi đến các cơ quan có thẩm quyền.",
            "Bình luận về dự thảo, nhiều đại biểu đề nghị làm rõ thẩm quyền của xã.",
            "Trả lời ý kiến cử tri về việc làm đường liên thôn",
            "2 năm trước, con đường này còn lầy lội.",
            "Chú thích ảnh của bạn đọc được ban biên tập chọn đăng trên số báo xuân.",
            "Điểm báo chí trong tuần cho thấy dư luận đồng tình với chủ trương sáp nhập xã.",
            "Hãy trở thành người bạn đồng hành của nông dân, đồng chí Bí thư nhắn nhủ.",
            "Thu nhập bình quân >> 60 triệu đồng/người/năm",
            "Lớp tập huấn hướng dẫn cán bộ xã soạn văn bản bằng HTML và lưu trữ điện tử.",
        ] {
            assert_eq!(kind(line), Line::Text, "{line}");
        }
    }

    #[test]
    fn a_labelled_stamp_with_its_source_is_a_date() {
        assert_eq!(kind("Ngày đăng: 14/03/2012 Tiền Phong"), Line::DateOnly);
        assert_eq!(kind("Cập nhật: 02/11/2015 Báo Nhân Dân"), Line::DateOnly);
        // A lead run on after the stamp stays text.
        assert_ne!(
            kind("Cập nhật: 02/11/2015 Sáng 2/11, Ban Dân vận Huyện ủy tổ chức hội nghị."),
            Line::DateOnly
        );
    }

    #[test]
    fn a_stamps_label_alone_on_its_line_is_furniture() {
        // The date follows on a line of its own, the bracket closed after it.
        assert_eq!(kind("( Ngày đăng:"), Line::Drop);
        assert_eq!(kind("Cập nhật ngày :"), Line::Drop);
        // A sentence that opens with the words runs on.
        assert_eq!(
            kind("Cập nhật lúc: ngay sau khi có kết quả, xã sẽ thông báo."),
            Line::Text
        );
    }

    #[test]
    fn a_stamp_with_a_text_size_widget_is_a_date() {
        // A portal prints its text-size and share buttons after the stamp.
        assert_eq!(
            kind("09/04/2019 15:32:10 Xem cỡ chữ Google"),
            Line::DateOnly
        );
        assert_eq!(kind("Xem cỡ chữ 21/11/2020 08:05"), Line::DateOnly);
        // The label alone before the stamp, its time glued to the day by a
        // comma, "cỡ" often typed "cở".
        assert_eq!(kind("Cỡ chữ: 08:15 AM,12/05/2021"), Line::DateOnly);
        assert_eq!(kind("Cở chữ: 07:40 PM,03/10/2018"), Line::DateOnly);
        assert_ne!(
            kind("09/04/2019 Xem cỡ chữ to hơn giúp người cao tuổi đọc văn bản"),
            Line::DateOnly
        );
    }

    #[test]
    fn stamps_written_year_first_are_dates() {
        assert_eq!(kind("2026-01-12 10:15"), Line::DateOnly);
        assert_eq!(kind("12 tháng 1, 2026"), Line::DateOnly);
        assert_eq!(kind("2026-2030 là giai đoạn mới"), Line::Text);
    }

    #[test]
    fn follow_prompts_and_address_slugs_are_furniture() {
        for line in [
            "Theo dõi Báo Tỉnh Nhà trên Google News",
            "Theo dõi chúng tôi trên Zalo",
            // The platform was an icon, lost with the page's images.
            "Theo dõi Báo Tỉnh Nhà trên",
            "Bạn cần biết Tiện ích Liên hệ",
            "ban dan van huyen uy tong ket cong tac nam",
            "hoi nong dan xa ra mat mo hinh moi Nông dân xã ra mắt mô hình mới",
            "100 tinh nguyen vien cai tao truong hoc cho hoc sinh xa Tan Lap",
        ] {
            assert_eq!(kind(line), Line::Drop, "{line}");
        }
        for line in [
            "Theo dõi sát diễn biến mưa lũ trên địa bàn, xã đã sơ tán các hộ dân.",
            "Theo dõi trên Zalo, người dân phản ánh kịp thời với chính quyền xã.",
            "và tổ chức tốt hội nghị tổng kết năm của ban",
            "Hoi nghi tong ket cong tac dan van nam 2024",
        ] {
            assert_eq!(kind(line), Line::Text, "{line}");
        }
    }

    #[test]
    fn a_papers_rules_for_comments_are_furniture_however_long() {
        let rules = "CHÚ Ý: Tòa soạn kiểm duyệt các bình luận trước khi hiển thị. \
Bình luận chứa lời lẽ xúc phạm, quảng cáo hoặc đường dẫn ngoài sẽ bị gỡ mà không báo trước; \
mỗi bạn đọc nên ghi rõ họ tên và địa chỉ thư điện tử để tòa soạn liên hệ khi cần. \
Xin chân thành cảm ơn quý độc giả đã quan tâm theo dõi chuyên trang.";
        assert_eq!(kind(rules), Line::Drop);
        // A report of what a body notes about its own editing stays text.
        for line in [
            "Lưu ý: các đại biểu đã nêu nhiều ý kiến về việc biên tập tài liệu.",
            "Ban Biên tập sẽ biên tập ý kiến của bạn đọc gửi về hộp thư của tạp chí, đồng chí Trưởng ban cho biết.",
        ] {
            assert_eq!(kind(line), Line::Text, "{line}");
        }
    }

    #[test]
    fn every_listed_phrase_opens_a_listed_line() {
        for p in [DROP_EXACT, DROP_PREFIX, SECTION_PREFIX]
            .iter()
            .flat_map(|l| l.iter().copied())
            .chain(SECTION_EXACT.iter().map(String::as_str))
        {
            assert!(LISTED.opens(p), "{p}");
        }
        assert!(!LISTED.opens("ban dân vận tỉnh ủy tổ chức hội nghị"));
        assert!(!LISTED.opens("x"));
        // The openings are looked up by their first two bytes.
        assert!(DROP_PREFIX
            .iter()
            .chain(SECTION_PREFIX)
            .all(|p| p.len() >= 2));
    }

    #[test]
    fn patterns_compile() {
        assert!(DATE.compiled() && DATE_WORDS.compiled());
        assert!(DATE_PREFIX.compiled());
        assert!(OUTLET_TAG.compiled());
    }

    #[test]
    fn furniture_is_recognized() {
        assert_eq!(kind("Truy cập nội dung luôn"), Line::Drop);
        assert_eq!(
            kind("Hội nghị tổng kết công tác dân vận ảnh 2"),
            Line::PhotoLabel("Hội nghị tổng kết công tác dân vận".into())
        );
        assert_eq!(kind("Quang cảnh ảnh 2"), Line::Drop);
        assert_eq!(kind("Tin liên quan"), Line::Section);
        // The article's counter with its number is one line: a writer
        // may sign under it. The label alone heads the site's counts.
        assert_eq!(kind("Lượt xem: 2.345"), Line::Drop);
        assert_eq!(kind("Số lượt xem 41"), Line::Drop);
        assert_eq!(kind("Các bài viết cùng chuyên mục:"), Line::Section);
        assert_eq!(kind("Những tin liên quan"), Line::Section);
        assert_eq!(kind("Âm lịch 15/10 Bính Ngọ"), Line::Drop);
        assert_eq!(kind("Giọng nữ miền Bắc"), Line::Drop);
        assert_eq!(
            kind("Bạn đang đọc bài viết Xã Tân Lập ra mắt mô hình dân vận khéo tại chuyên mục Dân vận. Mọi phản hồi xin gửi về hộp thư của tòa soạn."),
            Line::Drop
        );
        assert_eq!(kind("Âm lịch: 15/10 Bính Ngọ"), Line::Drop);
        assert_eq!(
            kind("Âm lịch ngày 15/7 hằng năm, nhân dân trong xã tổ chức lễ cúng."),
            Line::Text
        );
        assert_eq!(kind("Lượt xem"), Line::Section);
        assert_eq!(kind("Tài liệu đính kèm: Báo cáo.pdf"), Line::Section);
        assert_eq!(kind("Chia sẻ"), Line::Drop);
        // A portal's greeting banner over every page.
        assert_eq!(
            kind("Nhiệt liệt chào mừng Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025 - 2030"),
            Line::Drop
        );
        assert_eq!(
            kind("Chào mừng Đại hội, Đoàn xã ra quân làm sạch đường làng."),
            Line::Text
        );
        assert_eq!(
            kind("Xem thêm: Hội nghị giao ban dân vận quý III"),
            Line::Drop
        );
        // A weather box, its credit, a back-to-top button and a feed
        // button are no byline; a broadcaster's archive invitation and
        // the list under "Cùng chuyên mục" are no article.
        assert_eq!(kind("Thời tiết"), Line::Drop);
        assert_eq!(kind("POWERED BY"), Line::Drop);
        assert_eq!(kind("POWERED BY Tân Phát Soft"), Line::Drop);
        assert_eq!(kind("Thiết kế bởi Công ty Minh Long"), Line::Drop);
        assert_eq!(kind("TOP"), Line::Drop);
        assert_eq!(kind("Google News"), Line::Drop);
        assert_eq!(
            kind("* Mời quý độc giả theo dõi các bản tin thời sự đã phát sóng!"),
            Line::Drop
        );
        assert_eq!(
            kind("*Mời bạn đọc vào chuyên mục Xã hội xem các tin, bài liên quan."),
            Line::Drop
        );
        assert_eq!(
            kind("* Mời quý độc giả vào chuyên mục Thời sự đọc thêm các tin, bài cùng chủ đề."),
            Line::Drop
        );
        assert_eq!(kind("Cùng chuyên mục"), Line::Section);
        // "Xem thêm:" alone heads a list of links; with a headline after
        // it, it is one link.
        assert_eq!(kind("Xem thêm:"), Line::Section);
        assert_eq!(kind("Tin liên quan:"), Line::Section);
    }

    #[test]
    fn hotlines_text_size_rows_and_tag_rows_are_furniture_but_a_headline_on_a_hotline_is_not() {
        for line in [
            "HOTLINE: 0912.345.678 - ĐẶT MUA BÁO",
            "Đường dây nóng",
            "Hotline: 1900 6789",
            "Xem với cỡ chữ : A- A A+",
            "Tăng cỡ chữ Giảm cỡ chữ",
            "Liên hệ quảng cáo: (04)38.765.432 - (04)38.765.433",
            "(028) 3845 6789 - (028) 3845 6790",
            "CmsPortal - Block_TinTuc_Toolbar",
            "Block_TinTuc_ViewData",
            "%image_alt%",
        ] {
            assert_eq!(kind(line), Line::Drop, "{line}");
        }
        for line in [
            "Công bố số điện thoại đường dây nóng của Cục Quản lý thị trường",
            "Thông báo v/v duy trì đường dây nóng tiếp nhận phản ánh của người dân",
            "Giá xăng tăng, giá dầu giảm",
            "Tỷ lệ hộ nghèo giảm còn 2%, thu nhập tăng 10%",
            "Mã hồ sơ HS_2024 đã được tiếp nhận",
            "Xã có 1.250 hộ (04 thôn) vay 12.500.000 đồng",
        ] {
            assert_eq!(kind(line), Line::Text, "{line}");
        }
        let tags = "Tag: Thời sự , Bí thư Tỉnh ủy , Ban Dân vận Tỉnh ủy , công tác dân vận , \
            Mặt trận Tổ quốc , đại đoàn kết toàn dân tộc , khu dân cư , Ngày hội đại đoàn kết";
        assert_eq!(kind(tags), Line::Section);
        assert_eq!(kind("17/10/21"), Line::DateOnly);
        assert_eq!(
            kind("Your browser does not support the audio element."),
            Line::Drop
        );
        assert_eq!(kind("17/10/21 là ngày khai mạc"), Line::Text);
        assert_eq!(
            kind("You have an old version of Adobe's Flash Player. Get the latest Flash player."),
            Line::Drop
        );
    }

    #[test]
    fn a_link_to_the_clip_of_the_story_is_furniture() {
        assert_eq!(kind("XEM CLIP: Các bị cáo được đưa đến tòa"), Line::Drop);
        assert_eq!(kind("Xem video: Lễ khánh thành cầu A"), Line::Drop);
        // A sentence about a clip stays.
        assert_eq!(
            kind("Xem clip do người dân quay lại, nhiều người bức xúc."),
            Line::Text
        );
    }

    #[test]
    fn date_lines_qr_headlines_and_sources() {
        assert_eq!(kind("Thứ Hai, 06/03/2023 - 10:15"), Line::DateOnly);
        assert_eq!(kind("15:40 02/08/2022"), Line::DateOnly);
        assert_eq!(kind("Cập nhật lúc 08:00 ngày 12/5/2021"), Line::DateOnly);
        assert_eq!(kind("17/05/2021    254"), Line::DateOnly);
        assert_eq!(kind("Đăng ngày 17 - 05 - 2024"), Line::DateOnly);
        assert_eq!(kind("Ngày đăng bài: 17/05/2024"), Line::DateOnly);
        assert_eq!(kind("Post date: 17/05/2024"), Line::DateOnly);
        assert_eq!(kind("15 Tháng Mười Một, 2024"), Line::DateOnly);
        assert_eq!(kind("Tháng Mười Hai 3, 2024"), Line::DateOnly);
        // A section label before the stamp.
        assert_eq!(
            kind("Trong nước - Ngày đăng : 09:30, 12/05/2019"),
            Line::DateOnly
        );
        assert_eq!(kind("Thời sự | 12/05/2019 09:30"), Line::DateOnly);
        assert_ne!(kind("Thu Hà - 12/05/2019 09:30"), Line::DateOnly);
        assert_eq!(
            kind("Hà Nam - Ngày 12/05/2019 tỉnh tổ chức hội nghị"),
            Line::Text
        );
        assert_eq!(
            year_first("2024-11-15T10:20:00+07:00"),
            Some(("2024-11-15T10:20:00+07:00", ""))
        );
        assert_eq!(kind("- Đã xem: 93"), Line::Drop);
        assert_eq!(kind("Đã xem 1.204"), Line::Drop);
        assert_eq!(kind("• Lượt xem - 57"), Line::Drop);
        assert_eq!(kind("Đã xem xét 12 hồ sơ."), Line::Text);
        // Who submitted the page, then when ("T6": Friday).
        assert_eq!(kind("bientap gửi vào T4, 2017-05-10 14:05"), Line::DateOnly);
        assert_eq!(
            kind("Ban Dân vận Huyện ủy gửi vào đây 12 ý kiến ngày 10/5/2017"),
            Line::Text
        );
        // "Ngày đưa" (posted on), with the print button beside it.
        assert_eq!(
            kind("Ngày đưa:  14/03/2018 09:20:45 AM In bài"),
            Line::DateOnly
        );
        // A stamp in brackets with the page's view counter after it.
        assert_eq!(kind("(12/04/2019). Số lượt xem:318"), Line::DateOnly);
        // District portals label the stamp and its counter in either language.
        assert_eq!(
            kind("Ngày đăng 03/11/2016 | 09:12  | View count: 815"),
            Line::DateOnly
        );
        assert_eq!(
            kind("Publish date 19/06/2019 | 08:30  | View count: 77"),
            Line::DateOnly
        );
        assert_eq!(
            kind("QR CODE: Phát huy vai trò Mặt trận"),
            Line::Qr("Phát huy vai trò Mặt trận".into())
        );
        assert_eq!(
            kind("Nguồn: Báo Hòa Bình"),
            Line::Source("Báo Hòa Bình".into())
        );
    }

    #[test]
    fn one_reader_takes_stamps_written_year_first_with_or_without_a_label() {
        assert_eq!(
            year_first("date 2025-08-27 Trao tặng nhà đại đoàn kết"),
            Some(("2025-08-27", "Trao tặng nhà đại đoàn kết"))
        );
        assert_eq!(
            year_first("Ngày đăng: 2024-03-12 10:15 Sáng 12/3, xã tổ chức hội nghị"),
            Some(("2024-03-12 10:15", "Sáng 12/3, xã tổ chức hội nghị"))
        );
        assert_eq!(year_first("date 2017-10"), Some(("2017-10", "")));
        assert_eq!(year_first("2024/06/05"), Some(("2024/06/05", "")));
        assert_eq!(year_first("2024-2025 là năm bản lề"), None);
        assert_eq!(year_first("Đảng ủy xã tổ chức hội nghị"), None);
        // The splitters and the furniture path read the same stamps.
        let line = "date 2025-09-22 Chính trị";
        assert_eq!(
            split_date_label(&line.to_lowercase(), line),
            Some("2025-09-22")
        );
        let line = "date 2025-11-09 HOTLINE: 0903.111.222";
        assert_eq!(
            leading_stamp(&line.to_lowercase(), line),
            Some("2025-11-09")
        );
        assert_eq!(kind("2026-01-12"), Line::DateOnly);
        assert_eq!(kind("2026-01-12 là ngày khai mạc đại hội"), Line::Text);
    }

    #[test]
    fn stamps_written_day_first_with_dashes_and_a_time_after_a_dash() {
        let line = "21-11-2025 - 22:35 PM | Xã hội";
        assert_eq!(
            split_date_label(&line.to_lowercase(), line),
            Some("21-11-2025 - 22:35 PM")
        );
        let line = "05/03/2026 - 08:10 | Chính trị";
        assert_eq!(
            leading_stamp(&line.to_lowercase(), line),
            Some("05/03/2026 - 08:10")
        );
        // A day and month alone, or a term of years, is no stamp.
        let line = "21-11 - Hội nghị tổng kết";
        assert_eq!(leading_stamp(&line.to_lowercase(), line), None);
        let line = "2025-2030 - nhiệm kỳ mới";
        assert_eq!(leading_stamp(&line.to_lowercase(), line), None);
    }

    #[test]
    fn a_listed_headline_its_section_and_day_and_its_summary_are_split() {
        let line = "Chủ tịch UBND tỉnh Hòa Sơn được điều động làm Thứ trưởng Thời sự 12/03/2019 \
                    Thủ tướng vừa ký quyết định điều động ông Lê Văn Khải giữ chức Thứ trưởng.";
        assert_eq!(
            split_date_inside(line),
            Some((
                "Chủ tịch UBND tỉnh Hòa Sơn được điều động làm Thứ trưởng",
                "12/03/2019",
                "Thủ tướng vừa ký quyết định điều động ông Lê Văn Khải giữ chức Thứ trưởng."
            ))
        );
        // A day a sentence names after other words is no section's stamp.
        let line = "Hội nghị được tổ chức tại Hội trường Tỉnh ủy 12/03/2019 với sự tham dự của 200 đại biểu.";
        assert_eq!(split_date_inside(line), None);
    }

    #[test]
    fn a_section_name_glued_to_the_lead_is_cut() {
        let line = "Chính trịSáng 12-4, Thượng tướng Lê Văn Cường thăm Bộ CHQS tỉnh.";
        assert_eq!(
            strip_glued_section(line),
            "Sáng 12-4, Thượng tướng Lê Văn Cường thăm Bộ CHQS tỉnh."
        );
        let line = "Thời sựĐoàn ĐBQH tỉnh Hòa Sơn tiếp xúc cử tri huyện Đông Lâm";
        assert_eq!(
            strip_glued_section(line),
            "Đoàn ĐBQH tỉnh Hòa Sơn tiếp xúc cử tri huyện Đông Lâm"
        );
        // A firm's name with an inner capital, and a label set apart by a
        // space, stay whole.
        let line = "Công ty VinaPhone hỗ trợ xã Đông Lâm lắp mạng.";
        assert_eq!(strip_glued_section(line), line);
        let line = "Chính trị Hội nghị Ban Chấp hành Đảng bộ tỉnh";
        assert_eq!(strip_glued_section(line), line);
        // A breadcrumb run together is left for the breadcrumb's rule.
        let line = "Trang chủTin tứcThời sựHuyện ủy Đông Lâm sơ kết công tác quý I";
        assert_eq!(strip_glued_section(line), line);
    }

    #[test]
    fn a_section_name_before_a_weekday_stamp_is_cut() {
        assert_eq!(
            strip_glued_section("Video Thứ sáu, 29/9/2017, 12:08 (GMT+7)"),
            "Thứ sáu, 29/9/2017, 12:08 (GMT+7)"
        );
        assert_eq!(
            strip_glued_section("Thời sự Chủ nhật, 14/1/2024, 07:30"),
            "Chủ nhật, 14/1/2024, 07:30"
        );
        assert_eq!(
            kind(strip_glued_section("Video Thứ ba, ngày 12/3/2024")),
            Line::DateOnly
        );
        // A writer's name, a weekday named in a sentence, and a label with
        // no figure after the weekday stay whole.
        for line in [
            "Minh Anh Thứ sáu, 29/9/2017, 12:08",
            "Sáng Thứ sáu, 29/9/2017, Huyện ủy Đông Lâm tổ chức hội nghị.",
            "Video Thứ sáu, tuần trước",
        ] {
            assert_eq!(strip_glued_section(line), line);
        }
    }

    #[test]
    fn a_date_stamp_is_split_off_the_lead() {
        let line = "08:15 02/09/2022 Sáng 1-9, Huyện ủy tổ chức gặp mặt.";
        let got = split_date_prefix(&line.to_lowercase(), line);
        assert_eq!(
            got,
            Some(("08:15 02/09/2022", "Sáng 1-9, Huyện ủy tổ chức gặp mặt."))
        );
        assert_eq!(split_date_prefix("12/3/2023 x", "12/3/2023 x"), None);
        // A portal's stamp in brackets, glued to the lead or not.
        for line in [
            "(14/05/2019)Chiều ngày 14/5, Hội đồng nhân dân tỉnh bế mạc kỳ họp.",
            "(14/05/2019) Chiều ngày 14/5, Hội đồng nhân dân tỉnh bế mạc kỳ họp.",
        ] {
            assert_eq!(
                split_date_prefix(&line.to_lowercase(), line),
                Some((
                    "14/05/2019",
                    "Chiều ngày 14/5, Hội đồng nhân dân tỉnh bế mạc kỳ họp."
                ))
            );
        }
        let aside = "(Theo số liệu năm 2019) Tỉnh có 120 xã đạt chuẩn nông thôn mới.";
        assert_eq!(split_date_prefix(&aside.to_lowercase(), aside), None);
        // The stamp with its seconds and zone, the lead's quotation glued
        // to it.
        let line = "21/03/2018 09:15:00 +07:00\"Tỉnh phải làm rõ trách nhiệm\", Bộ trưởng Trần Văn Lâm nói sáng 21/3.";
        assert_eq!(
            split_date_prefix(&line.to_lowercase(), line),
            Some((
                "21/03/2018 09:15:00 +07:00",
                "\"Tỉnh phải làm rõ trách nhiệm\", Bộ trưởng Trần Văn Lâm nói sáng 21/3."
            ))
        );
        let line = "05/11/2019 08:30 (GMT+7) Sáng 5/11, Tỉnh ủy Hòa Sơn tổ chức hội nghị.";
        assert_eq!(
            split_date_prefix(&line.to_lowercase(), line),
            Some((
                "05/11/2019 08:30 (GMT+7)",
                "Sáng 5/11, Tỉnh ủy Hòa Sơn tổ chức hội nghị."
            ))
        );
        // The time first, a dash, then the day of the week and the date,
        // a counter and a print button after them.
        let line = "09:20 - Thứ Sáu, 03/11/2023 Lượt xem: 271 In bài viết";
        assert_eq!(
            split_date_prefix(&line.to_lowercase(), line),
            Some(("09:20 - Thứ Sáu, 03/11/2023", "Lượt xem: 271 In bài viết"))
        );
        let line = "12/05/2024 - Xã Nà Hẩu ra mắt mô hình dân vận khéo";
        assert_eq!(
            split_date_prefix(&line.to_lowercase(), line),
            Some(("12/05/2024", "Xã Nà Hẩu ra mắt mô hình dân vận khéo"))
        );
        let line = "Bí thư Thành ủy làm việc với các đoàn thể thành phố (02/12/2017 15:00)";
        assert_eq!(
            split_date_suffix(line),
            Some((
                "Bí thư Thành ủy làm việc với các đoàn thể thành phố",
                "(02/12/2017 15:00)"
            ))
        );
        assert_eq!(
            split_date_suffix("Xã Nà Hẩu ra mắt mô hình mới - 12/05/2024 08:30"),
            Some(("Xã Nà Hẩu ra mắt mô hình mới", "12/05/2024 08:30"))
        );
        assert_eq!(
            split_date_suffix("Xã Nà Hẩu ra mắt mô hình mới | 12/05/2024"),
            Some(("Xã Nà Hẩu ra mắt mô hình mới", "12/05/2024"))
        );
        // A radio programme's summary with the time, zone and weekday of
        // its broadcast after it.
        assert_eq!(
            split_date_suffix("Hội viên nông dân tỉnh đăng ký thi đua sản xuất giỏi. 05:30 GMT+7, Thứ Tư, 8/10/2025"),
            Some((
                "Hội viên nông dân tỉnh đăng ký thi đua sản xuất giỏi.",
                "05:30 GMT+7, Thứ Tư, 8/10/2025"
            ))
        );
        // A day in brackets without its time is the headline's own.
        assert_eq!(
            split_date_suffix("Kỷ niệm ngày thành lập Đảng (3/2/1930)"),
            None
        );
        // So is a day its words lead to: a deadline, a span's end.
        assert_eq!(
            split_date_suffix("Đại hội Hội Nông dân cơ sở hoàn thành trước 30/6/2023"),
            None
        );
        assert_eq!(
            split_date_suffix("Ra quân chiến dịch tình nguyện kéo dài đến 15/8/2024"),
            None
        );
        // A round of emulation or awards is named by its day: "đợt" leads
        // to it, and only a stamp set apart after it is cut.
        assert_eq!(
            split_date_suffix("Chi bộ khu phố Gia Thụy tổng kết thi đua đợt 19/5/2026"),
            None
        );
        assert_eq!(
            split_date_suffix(
                "Xã Yên Sơn khen thưởng học sinh giỏi đợt 2/9/2025 - 03/09/2025 10:15"
            ),
            Some((
                "Xã Yên Sơn khen thưởng học sinh giỏi đợt 2/9/2025",
                "03/09/2025 10:15"
            ))
        );
        assert_eq!(
            split_date_suffix("Xã Nà Hẩu ra mắt mô hình mới - 12/05/2024"),
            Some(("Xã Nà Hẩu ra mắt mô hình mới", "12/05/2024"))
        );
    }

    #[test]
    fn the_opening_of_a_long_line_is_enough() {
        let line = format!(
            "Xem thêm: {}",
            "Hội nghị giao ban công tác dân vận ".repeat(6)
        );
        let head = |s: &str| s.chars().take(30).collect::<String>().to_lowercase();
        assert_eq!(classify(&head(&line), &line), Line::Drop);
        let text = format!("{} ảnh 2", "Quang cảnh hội nghị tổng kết ".repeat(7));
        assert_eq!(classify(&head(&text), &text), Line::Drop);
        let body = "Chia sẻ kinh nghiệm, các đại biểu đề xuất nhiều giải pháp ".repeat(4);
        assert_eq!(classify(&head(&body), body.trim()), Line::Text);
    }

    #[test]
    fn article_text_stays() {
        assert_eq!(kind("Quang cảnh hội nghị tại điểm cầu tỉnh."), Line::Text);
        assert_eq!(
            kind("Ngày 12/3/2023, Ban Dân vận Tỉnh ủy tổ chức hội nghị."),
            Line::Text
        );
        assert_eq!(
            kind("Ảnh hưởng của bão số 3 đến đời sống Nhân dân"),
            Line::Text
        );
    }

    #[test]
    fn a_templates_placeholder_for_an_empty_field_is_dropped() {
        // A template's placeholder for an empty field before a headline.
        assert_eq!(
            strip_empty_field("null Hội nghị giao ban khối dân vận quý III"),
            "Hội nghị giao ban khối dân vận quý III"
        );
        assert_eq!(
            strip_empty_field("undefined Phường Bến Thủy ra mắt tổ tự quản"),
            "Phường Bến Thủy ra mắt tổ tự quản"
        );
        // A word of code inside a sentence, or before a small letter, stays.
        assert_eq!(
            strip_empty_field("null pointer là lỗi thường gặp"),
            "null pointer là lỗi thường gặp"
        );
        assert_eq!(strip_empty_field("nullNgày 5/3"), "nullNgày 5/3");
    }

    #[test]
    fn related_links_guests_image_labels_and_residue() {
        assert_eq!(
            kind(">> Hội nghị tổng kết công tác dân vận năm 2024"),
            Line::Drop
        );
        assert_eq!(kind("Guest"), Line::Drop);
        assert_eq!(
            kind("> Tin tức - Sự kiện > Hoạt động Mặt trận > Hội nghị tổng kết năm"),
            Line::Drop
        );
        assert_eq!(
            kind("> Bắc Kạn, Cao Bằng có Phó Chủ tịch tỉnh mới"),
            Line::Drop
        );
        assert_eq!(
            kind("> Đại biểu đề nghị làm rõ trách nhiệm của các sở trong việc quản lý đất công."),
            Line::Text
        );
        assert_eq!(
            kind("Đã đăng vào 12 Th3, 2021 lúc 08:15 Lượt xem: 12"),
            Line::DateOnly
        );
        assert_eq!(
            after_image_marker(
                "Lãnh đạo tỉnh thăm hộ nghèo - ảnh 2 Bí thư Tỉnh ủy trao quà cho người dân"
            ),
            Some("Bí thư Tỉnh ủy trao quà cho người dân")
        );
        assert_eq!(after_image_marker("Xã A - ảnh hưởng của bão số 3"), None);
        // The page glues the caption to the number.
        assert_eq!(
            after_image_marker("Bầu cử tại xã A - ảnh 1Chủ tịch xã bỏ phiếu tại tổ bầu cử"),
            Some("Chủ tịch xã bỏ phiếu tại tổ bầu cử")
        );
        // With no dash, only a caption glued to the number follows a label.
        assert_eq!(
            after_image_marker(
                "Lãnh đạo tỉnh thăm hộ nghèo ảnh 1Bí thư Tỉnh ủy trao quà cho người dân"
            ),
            Some("Bí thư Tỉnh ủy trao quà cho người dân")
        );
        assert_eq!(
            after_image_marker("Hội nghị đánh giá ảnh hưởng của bão số 3 đến 2 huyện"),
            None
        );
        assert_eq!(
            after_image_marker("Tỉnh đoàn trưng bày ảnh 2 Bộ tranh cổ động"),
            None
        );
        assert_eq!(kind("Hình 1"), Line::Drop);
        assert_eq!(kind("Ảnh 12."), Line::Drop);
        assert_eq!(kind("Hình 1 cho thấy kết quả"), Line::Text);
        assert_eq!(kind("TAGS"), Line::Section);
        assert_eq!(kind("(Hình ảnh tại hội nghị)"), Line::Drop);
        assert_eq!(
            kind("123456789 987654321012345 1122334455667788990 n 223344556 667788990011223 n"),
            Line::Drop
        );
        assert_eq!(kind("Năm 2024 có 1200000 hội viên"), Line::Text);
        assert_eq!(kind("Bi thu Tinh uy tham xa Tan An anh 2"), Line::Drop);
        assert_eq!(
            kind("Bí thư Tỉnh ủy thăm xã Tân An anh 2 lần trong năm"),
            Line::Text
        );
        assert_eq!(
            kind("Bạn có thể chuyển sang phiên bản mobile rút gọn nếu mạng chậm. Đóng"),
            Line::Drop
        );
        assert_eq!(kind("Từ khóa"), Line::Section);
        assert_eq!(
            strip_image_residue("Hội nghị bàn nhiều nội dung quan trọng..jpg)"),
            "Hội nghị bàn nhiều nội dung quan trọng."
        );
        assert_eq!(strip_image_residue("Tệp ảnh.jpg"), "Tệp ảnh.jpg");
        // A page address's slug glued before a photo's caption.
        assert_eq!(
            strip_slug_prefix(
                "chu-tich-UBND-tinh-tham-ba-con-vung-luQuang cảnh buổi thăm hỏi bà con"
            ),
            "Quang cảnh buổi thăm hỏi bà con"
        );
        assert_eq!(
            strip_slug_prefix("hoi-nghi-tong-ket-cong-tac-dan-van Đại biểu dự hội nghị tổng kết"),
            "Đại biểu dự hội nghị tổng kết"
        );
        assert_eq!(
            strip_slug_prefix("ban-dan-van-tinh-uyĐại biểu dự hội nghị tổng kết"),
            "Đại biểu dự hội nghị tổng kết"
        );
        // Words joined by hyphens in a sentence, or a code, stay.
        assert_eq!(
            strip_slug_prefix("Covid-19 lan rộng ở ba xã"),
            "Covid-19 lan rộng ở ba xã"
        );
        assert_eq!(
            strip_slug_prefix("2021-2025-2030-2035 là các mốc của đề án"),
            "2021-2025-2030-2035 là các mốc của đề án"
        );
        let caption = "Đại tá Lê Văn A trao giấy khen cho ban chuyên án. Ảnh: T.H |";
        let at = credit_start(caption).unwrap();
        assert_eq!(
            &caption[..at],
            "Đại tá Lê Văn A trao giấy khen cho ban chuyên án."
        );
    }

    #[test]
    fn lines_without_diacritics_and_gallery_headings_are_furniture() {
        // An address's slug, a row of tags, a photo's alt text.
        assert_eq!(
            kind("huyen-uy-bac-ha-so-ket-cong-tac-dan-van-6-thang"),
            Line::Drop
        );
        assert_eq!(kind("dan van kheo, nong thon moi, xa Ta Van"), Line::Drop);
        // The section an outlet files the article under.
        assert_eq!(kind("Sự kiện: Bầu cử Quốc hội"), Line::Drop);
        assert_eq!(kind("Chuyên mục: Xây dựng Đảng"), Line::Drop);
        assert_eq!(
            kind("Sự kiện: Hội nghị diễn ra trong hai ngày với nhiều nội dung quan trọng."),
            Line::Text
        );
        // A photo's placeholder name with its marks stripped.
        assert_eq!(kind("hinh anh bai viet"), Line::Drop);
        assert_eq!(kind("ncc dak lak 2021"), Line::Drop);
        assert!(!bare_vietnamese("Tin can recycling in the city"));
        assert_eq!(
            kind("Lanh dao tinh tham va tang qua gia dinh chinh sach - Anh 2"),
            Line::Drop
        );
        assert_eq!(
            kind("Một số hình ảnh tại buổi lễ ra mắt mô hình:"),
            Line::Drop
        );
        assert_eq!(kind("Hình ảnh tại hội nghị:"), Line::Drop);
        assert_eq!(kind("Các hình ảnh tại buổi lễ:"), Line::Drop);
        // A template's call the page left unrendered; a bracketed note stays.
        assert_eq!(kind("[links()]"), Line::Drop);
        assert_eq!(kind("[related_news(5)]"), Line::Drop);
        assert!(!template_call("[Ảnh: Ban Dân vận Huyện ủy (tư liệu)]"));
        assert_eq!(
            kind("Những hình ảnh đẹp tại hội thi dân vận khéo:"),
            Line::Drop
        );
        assert_eq!(
            kind("Chùm ảnh: Ngày hội Đại đoàn kết ở thôn Nà Lầu:"),
            Line::Drop
        );
        // Without its colon such an opening is the article's own sentence.
        assert_eq!(
            kind("Các hình ảnh về mô hình dân vận khéo được trưng bày tại hội trường."),
            Line::Text
        );
        // A gallery's heading closed by a full stop, a few words on where
        // the photos were taken or whose they are.
        assert_eq!(kind("Một số hình ảnh của đoàn công tác."), Line::Drop);
        assert_eq!(kind("Một số hình ảnh tại lễ ra quân."), Line::Drop);
        assert_eq!(
            kind("Một số hình ảnh được trưng bày tại nhà văn hóa xã thu hút nhiều người xem."),
            Line::Text
        );
        assert_eq!(
            kind("Một số hình ảnh tại hội nghị cho thấy, các đại biểu đã thảo luận sôi nổi."),
            Line::Text
        );
        assert_eq!(kind("Đừng bỏ lỡ"), Line::Section);
        assert_eq!(kind("Tin tiêu điểm"), Line::Section);
        // Article text, an initialled byline, a code and English stay.
        assert_eq!(
            kind("Ông Giàng A Tủa, Trưởng thôn Sín Chải phát biểu."),
            Line::Text
        );
        assert_eq!(kind("HP"), Line::Text);
        assert_eq!(kind("COVID-19 vaccine drive"), Line::Text);
        assert_eq!(
            kind("Hình ảnh người dân hiến đất làm đường ở thôn Nà Khương."),
            Line::Text
        );
    }

    #[test]
    fn players_pagers_widgets_tabs_and_the_sites_own_name_are_furniture() {
        for line in [
            "Nghe audio",
            "Giọng đọc: Nữ miền Nam",
            "Kích thước chữ: A- A A+",
            "AI tóm tắt",
            "Đã sao chép liên kết",
            "Trang 1 2 3 ... 12",
            "« 1 2 3 »",
            "Giá vàng SJC: 80.500.000",
            "Tỷ giá USD: 25.400",
            "Mới nhất | Đọc nhiều",
            "Vietnamese | English",
            "Cổng thông tin điện tử xã Tân Lập",
            "Trang thông tin điện tử Đảng bộ phường An Bình",
            "Cổng TTĐT tỉnh Tân Phú",
            "Website đang chạy thử nghiệm",
            "Tiếng Việt",
            "Để tin bài được đăng nhanh, Quý cộng tác viên vui lòng gửi ảnh riêng, không chèn ảnh vào tệp văn bản. Xin cảm ơn!",
        ] {
            assert_eq!(kind(line), Line::Drop, "{line}");
        }
        for line in [
            "Cổng thông tin điện tử xã Tân Lập chính thức đi vào hoạt động",
            "Trang 3 của báo cáo nêu rõ 12 chỉ tiêu đạt và vượt kế hoạch.",
            "Giá vàng tăng mạnh khiến nhiều người dân đổ xô đi mua.",
            "Theo dõi sát tình hình, xã đã chủ động sơ tán 12 hộ dân.",
        ] {
            assert_eq!(kind(line), Line::Text, "{line}");
        }
    }

    #[test]
    fn a_view_counter_run_into_the_next_field_is_split_after_its_number() {
        assert_eq!(
            glued_counter("Lượt xem: 87Ngày đăng: 21/03/2012 08:05"),
            Some(("Lượt xem: 87", "Ngày đăng: 21/03/2012 08:05"))
        );
        assert_eq!(
            glued_counter("Số lượt xem 77 Ngày cập nhật: 02/10/2013"),
            Some(("Số lượt xem 77", "Ngày cập nhật: 02/10/2013"))
        );
        // A counter alone, or a number followed by a sentence with no
        // field's label, is left whole.
        assert_eq!(glued_counter("Lượt xem: 315"), None);
        assert_eq!(
            glued_counter("Lượt xem 3 lần trong tuần qua trên trang"),
            None
        );
        assert_eq!(
            glued_counter("Đã xem: 12 Bài viết cùng chủ đề của xã"),
            None
        );
        // Written in capitals, the label is found too; the quick tests
        // before it hold for every label.
        assert_eq!(
            glued_counter("LƯỢT ĐỌC: 1.204Thời gian: 10:15"),
            Some(("LƯỢT ĐỌC: 1.204", "Thời gian: 10:15"))
        );
        for label in COUNTER_LABELS {
            assert!(label.chars().count() <= COUNTER_LABEL_CHARS, "{label}");
            assert!(label.starts_with(['l', 's', 'đ']), "{label}");
        }
    }

    #[test]
    fn a_meta_row_is_split_at_its_labels() {
        assert_eq!(
            meta_row("Ngày đăng: 12/03/2026 Lượt xem: 87 Tác giả: Minh Anh"),
            Some(vec![
                "Ngày đăng: 12/03/2026",
                "Lượt xem: 87",
                "Tác giả: Minh Anh"
            ])
        );
        // One label, or a sentence that names no label first, is no row.
        assert_eq!(meta_row("Tác giả: Minh Anh"), None);
        assert_eq!(
            meta_row("Hội nghị thống nhất: tác giả: những người viết báo cáo."),
            None
        );
        for line in [
            "A- A A+ | Tăng tương phản Giảm tương phản",
            ">>> Danh sách ứng cử viên đại biểu HĐND xã",
            "img",
            "• image01",
            "X",
            "Chủ đề: Công tác dân vận",
            "Dòng sự kiện: Đại hội Đảng",
        ] {
            assert_eq!(kind(line), Line::Drop, "{line}");
        }
    }

    #[test]
    fn rating_poll_consent_search_and_masthead_lines_are_furniture() {
        for line in [
            "Tổng số điểm của bài viết là: 10 trong 2 đánh giá",
            "Click để đánh giá bài viết",
            "Xếp hạng: 4 - 2 phiếu bầu",
            "Chú ý: Việc đăng lại bài viết trên ở website khác mà không ghi rõ nguồn là vi phạm bản quyền",
            "Bạn thấy bài viết này thế nào?",
            "Bài viết này có hữu ích với bạn không?",
            "Website này sử dụng cookie để nâng cao trải nghiệm người dùng.",
            "Chúng tôi sử dụng cookies để phục vụ bạn tốt hơn.",
            "Đồng ý",
            "Bình chọn",
            "Xem kết quả",
            "Nhập từ khóa...",
            "Tải ứng dụng Báo Tỉnh Nhà",
            "Like Loading...",
            "Đầu trang",
        ] {
            assert_eq!(kind(line), Line::Drop, "{line}");
        }
        for line in [
            "Sự kiện",
            "Chủ đề",
            "Tổng Biên tập: Trần Văn Tâm",
            "Người chịu trách nhiệm: Lê Thị Hoa - Phó Chủ tịch UBND xã",
            "Trưởng ban biên tập: Ông Phạm Văn Hùng",
            "Tổng lượt truy cập: 2.345.678",
            "Truy cập hôm nay: 321",
            "Những tin mới hơn",
            "Những tin cũ hơn",
            "Share this:",
            "Thích điều này:",
            "Bài trước",
            "Ý kiến bạn đọc (3)",
        ] {
            assert_eq!(kind(line), Line::Section, "{line}");
        }
        // Sentences of a report on the same matters stay.
        for line in [
            "Bình chọn các mô hình dân vận khéo tiêu biểu được tổ chức công khai tại hội nghị.",
            "Đồng ý với đề xuất của Mặt trận, Huyện ủy chỉ đạo các xã rà soát danh sách hộ nghèo.",
            "Tổng Biên tập Báo Tỉnh Nhà Trần Văn Tâm dự và phát biểu tại buổi lễ.",
            "Người dân được hướng dẫn tải ứng dụng VNeID để làm thủ tục trực tuyến.",
            "Xếp hạng thi đua năm 2024, xã đứng thứ hai toàn huyện.",
            "Tải ứng dụng VNeID về điện thoại để kích hoạt tài khoản.",
        ] {
            assert_eq!(kind(line), Line::Text, "{line}");
        }
    }

    #[test]
    fn a_portals_poll_counters_and_labels_are_furniture() {
        for line in [
            "Đánh giá của bạn về cổng thông tin điện tử",
            "524 người đã bình chọn",
            "1.366 người đang online",
            "Nội dung tin bài",
            // A content system's module counting who reads the portal now.
            "Truy cập hiện tại",
            "Đang có 86 khách và không thành viên đang online",
            "Hiện có 40 khách và 2 thành viên đang trực tuyến",
        ] {
            assert_eq!(kind(line), Line::Drop, "{line}");
        }
        // A sentence on a vote stays.
        assert_eq!(
            kind("Có 524 người đã bình chọn cho công trình thanh niên của xã."),
            Line::Text
        );
        // So does one on guests who follow a meeting online.
        assert_eq!(
            kind(
                "Hiện có 35 khách mời và thành viên câu lạc bộ theo dõi trực tuyến tại hội trường."
            ),
            Line::Text
        );
    }

    #[test]
    fn a_site_clock_setting_off_each_part_with_commas_is_a_date() {
        assert_eq!(kind("Thứ năm, ngày 27, tháng 2, năm 2020"), Line::DateOnly);
        assert_eq!(kind("Thứ hai, ngày 3, tháng 11, năm 2025"), Line::DateOnly);
    }

    #[test]
    fn a_headline_glued_to_its_date_is_a_link_to_another_page() {
        for line in [
            "- 10-07-2014Ông Trần Văn Minh được bầu làm Phó Chủ tịch UBND tỉnh",
            "09/07/2014Phê chuẩn bầu bổ sung Phó Chủ tịch UBND thành phố",
            ">>>Ông Trần Văn Minh được bầu làm Chủ tịch UBND tỉnh",
        ] {
            assert_eq!(kind(line), Line::Drop, "{line}");
        }
        for line in [
            "- 10-07-2014: Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 5.",
            "10-07-2014 ông Trần Văn Minh nhận quyết định nghỉ hưu.",
        ] {
            assert_eq!(kind(line), Line::Text, "{line}");
        }
    }

    #[test]
    fn a_photos_label_in_brackets_after_the_headline_is_no_text() {
        let line = "Tin nhanh - Hội nghị tổng kết công tác dân vận năm 2024 (Hình 2).";
        assert_ne!(kind(line), Line::Text);
        let line = "Xã đã trao 12 suất quà cho các hộ khó khăn (ảnh 2).";
        assert_ne!(kind(line), Line::Text);
        let line = "Huyện có 3 xã đạt chuẩn (năm 2).";
        assert_eq!(kind(line), Line::Text);
    }

    #[test]
    fn blog_markup_counters_slugs_and_bracketed_links_are_furniture() {
        let drops = [
            "[caption id=\"attachment_812\" align=\"aligncenter\" width=\"600\"]",
            "[/caption]",
            "245 Xem",
            "1.204 lượt xem",
            "Người đăng : quantri",
            "Cảm ơn bạn đã quan tâm đến nội dung trên",
            "hoi-nghi-tong-ket-cong-tac-dan-van-nam-2024-baoxyz.vn 1",
            "[Thủ tướng bổ nhiệm Thứ trưởng Bộ Xây dựng]",
            "Logo-print CƠ QUAN CỦA HỘI NÔNG DÂN TỈNH",
        ];
        for line in drops {
            assert_eq!(kind(line), Line::Drop, "{line}");
        }
        // A year span and a count in prose stay text.
        for line in [
            "Giai đoạn 2021-2025-2030 đã qua.",
            "Có 245 hộ xem trực tiếp buổi lễ.",
        ] {
            assert_eq!(kind(line), Line::Text, "{line}");
        }
        assert_eq!(
            strip_image_residue("Trao quà cho hội viên nghèo[/caption]"),
            "Trao quà cho hội viên nghèo"
        );
        assert_eq!(
            strip_image_residue(
                "[caption id=\"attachment_31\" align=\"aligncenter\" width=\"640\"]Trao nhà cho hộ nghèo ấp Bàu Sen"
            ),
            "Trao nhà cho hộ nghèo ấp Bàu Sen"
        );
    }
}
