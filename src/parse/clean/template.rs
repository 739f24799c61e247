//! Furniture of site templates, told by its shape rather than by a list
//! of strings: menus of section names, login prompts, placeholders, image
//! file names and markup, hotlines and phone lines, template residue
//! ("asp:Literal", "lblTitle"), weather widgets, and rows of share, print,
//! listen or text-size buttons.

use super::super::lookup::Set;
use super::super::rx::Rx;
use super::super::text::{words_between_spaces_to, Needle};
use std::sync::LazyLock;

/// Section names of news-site menus ("Trang chủ Thời sự Video Podcast Ảnh").
#[rustfmt::skip]
const MENU_WORDS: &[&str] = &[
    "trang chủ", "thời sự", "video", "podcast", "ảnh", "multimedia", "infographic", "emagazine",
    "e-magazine", "media", "tin tức", "chính trị", "kinh tế", "xã hội", "pháp luật", "văn hóa",
    "văn hoá", "thể thao", "giáo dục", "sức khỏe", "sức khoẻ", "thế giới", "quốc tế", "giải trí",
    "đời sống", "du lịch", "công nghệ", "bạn đọc", "quân sự", "nông nghiệp", "địa phương",
    "phóng sự", "longform", "tv", "radio", "liên hệ", "giới thiệu", "tiện ích", "bạn cần biết",
    "hỏi đáp", "sơ đồ trang", "sơ đồ site", "tuyển dụng", "khoa học", "môi trường", "an ninh",
    "quốc phòng", "doanh nghiệp", "bất động sản", "english", "an ninh trật tự",
    // The outlet's own links ("Thông tin tòa soạn", "Liên hệ quảng cáo",
    // "Đặt báo").
    "tòa soạn", "toà soạn", "quảng cáo", "đặt báo",
];

/// Whether `lower` is a section's name: a menu's word, or a field of work
/// ("công tác nội chính", "công tác dân vận"), as a portal heads a page
/// with its column. A writer signs with a name, never with either.
pub fn section_name(lower: &str) -> bool {
    MENU_WORDS.contains(&lower)
        || lower
            .strip_prefix("công tác ")
            .is_some_and(|rest| (1..=3).contains(&rest.split(' ').count()))
}

/// `head` without the name of its section before it ("An ninh trật tự
/// Vây bắt …" gives "Vây bắt …"): a menu's word or words, then a capital.
pub fn without_section_name(head: &str) -> &str {
    // Only the opening is compared, as far as the longest menu word and
    // the space after it: the rest of a long line is not lower-cased.
    let mut cut = (MENU.by_len.len() + 1).min(head.len());
    while !head.is_char_boundary(cut) {
        cut += 1;
    }
    let lower = super::super::text::lower_same(&head[..cut]);
    MENU_WORDS
        .iter()
        .filter(|w| {
            lower.starts_with(*w)
                && lower[w.len()..].starts_with(' ')
                && head.is_char_boundary(w.len())
        })
        .map(|w| head[w.len()..].trim_start())
        .filter(|rest| rest.starts_with(char::is_uppercase))
        .min_by_key(|rest| rest.len())
        .unwrap_or(head)
}

/// `MENU_WORDS` as a set, and by their length in bytes (in list order).
struct Menu {
    names: Set<&'static str>,
    by_len: Vec<Vec<&'static str>>,
}

static MENU: LazyLock<Menu> = LazyLock::new(|| {
    let mut by_len: Vec<Vec<&str>> = Vec::new();
    for m in MENU_WORDS {
        if by_len.len() <= m.len() {
            by_len.resize(m.len() + 1, Vec::new());
        }
        by_len[m.len()].push(m);
    }
    Menu {
        names: MENU_WORDS.iter().copied().collect(),
        by_len,
    }
});

/// Words of share, print and listen rows ("Facebook Zalo In bài", "A A A").
#[rustfmt::skip]
const BUTTON_WORDS: &[&str] = &[
    "facebook", "zalo", "twitter", "x", "email", "messenger", "telegram", "linkedin", "in", "bài",
    "chia", "sẻ", "print", "share", "copy", "link", "gửi", "tweet", "like", "lưu", "a", "a+",
    "a-", "+", "-", "|", "nghe", "đọc", "bản", "tin", "sao", "viết", "chép", "liên", "kết", "0",
    // "Xem với cỡ chữ : A- A A+": a text-size row with its label.
    "xem", "với", "cỡ", "chữ", ":",
    // "Tăng cỡ chữ Giảm cỡ chữ".
    "tăng", "giảm",
    // "Share Bai :": a label written without its tone marks.
    "bai",
    // "Tăng tương phản Giảm tương phản": a contrast switch beside the
    // text-size buttons; "Kích thước chữ: A- A A+".
    "tương", "phản", "kích", "thước",
];

/// Phone numbers: nine or more digits in groups ("0903.343.439", "028 3930 5376"),
/// or a number with its area code in brackets, as the old pages of papers
/// print their contacts ("(04) 38.228.302", "(028)3930 5376").
static PHONE: LazyLock<Rx> = LazyLock::new(|| {
    Rx::new(concat!(
        r"(?:^|[^0-9])(?:(?:\+84|0)[0-9]{2,3}[ .-]?[0-9]{3}[ .-]?[0-9]{3,4}",
        r"|\(0[0-9]{1,3}\) ?[0-9]{2,4}(?:[ .-]?[0-9]{3,4}){1,2})(?:[^0-9]|$)"
    ))
});
/// Template residue and markup ("asp:Literal", "<%= … %>", "{{title}}",
/// "![]() |"); `%image_alt%` is looked for by hand (`placeholder_name`),
/// which keeps this pattern one of plain strings.
/// "leftcenterrightdel" is the label row of an editor's image-alignment
/// buttons, saved with the photo it aligned. A related-news box cut out of
/// its HTML leaves its tags' ends and attributes ("… thumb\">", "div>",
/// "<h5 class=\"…"), which no sentence of text holds. Text pasted into an
/// editor from a word processor may carry the header of the clipboard's
/// HTML format: its name ("HTML clipboard") or its offsets
/// (`StartHTML:`, `StartFragment`).
static RESIDUE: LazyLock<Rx> = LazyLock::new(|| {
    Rx::new(
        r#"asp:|<%|%>|\{\{|\}\}|runat=|!\[|\]\(|javascript:|data:image/|<image>|leftcenterrightdel|class="|div>|">|html clipboard|starthtml:|startfragment"#,
    )
});
/// Placeholders and login prompts.
static PLACEHOLDER: LazyLock<Rx> = LazyLock::new(|| {
    Rx::new(r"đang (?:được )?cập nhật|chưa có dữ liệu|mật khẩu|đăng nhập|chi tiết bài viết")
});
/// The prompts of a comment form under the article, longer than the
/// placeholders above ("Bạn cần đăng nhập để thực hiện chức năng này!",
/// "Vui lòng nhập nội dung bình luận.", a blog's "Email của bạn sẽ không
/// được hiển thị công khai."), and the notices a paper prints over its
/// readers' comments ("Ý kiến của bạn sẽ được biên tập trước khi đăng.",
/// "Bài viết chưa có bình luận nào.", "Xin vui lòng gõ tiếng Việt có dấu").
/// A reader poll on the article ("Bạn thấy bài viết này thế nào?") and a
/// banner asking consent to cookies count too.
/// Each opens with the reader addressed or the comments named, so a
/// sentence of a report never starts this way.
static FORM_PROMPT: LazyLock<Rx> = LazyLock::new(|| {
    Rx::new(
        r"^(?:bạn cần đăng nhập|(?:xin )?vui lòng (?:nhập|đăng nhập|gõ)|bạn không thể gửi bình luận|bạn chưa nhập|(?:địa chỉ )?email của bạn sẽ không được|(?:ý kiến|bình luận|phản hồi) (?:của )?(?:bạn|quý vị|bạn đọc) (?:sẽ được|đã được|sẽ không)|(?:bài viết |tin bài )?chưa có (?:bình luận|ý kiến)|hãy (?:là|trở thành) người đầu tiên|(?:trang|website|cổng)(?: thông tin)?(?: điện tử)? (?:đang )?(?:trong quá trình )?(?:chạy )?thử nghiệm|bạn thấy (?:bài viết|tin bài|nội dung)|bài viết (?:này )?có hữu ích|(?:trang web|website|chúng tôi) (?:này )?sử dụng cookie)",
    )
});
/// A comment form's count of the characters left to type and its floor
/// on them ("Bạn vui lòng gõ ít nhất 10 ký tự", "Bạn còn 800/800 ký tự",
/// "Tối đa 500 ký tự"): a report counts no characters of its reader's.
static CHAR_COUNT: LazyLock<Rx> = LazyLock::new(|| {
    Rx::new(
        r"^(?:bạn (?:xin )?vui lòng (?:nhập|gõ)|bạn còn [0-9]+(?:/[0-9]+)? ký tự|(?:còn lại|tối đa|tối thiểu) [0-9]+ ký tự)",
    )
});
/// A notice headed "Lưu ý:" that the paper edits its readers' comments
/// ("Lưu ý: Báo X sẽ biên tập ý kiến của bạn đọc trước khi đăng. Báo X
/// hoan nghênh …"), its rules of a few sentences run on one line: a
/// report notes nothing it does to its readers' words.
static COMMENT_POLICY: LazyLock<Rx> = LazyLock::new(|| {
    Rx::new(
        r"^(?:lưu ý|chú ý): [^.]{0,40}(?:biên tập|kiểm duyệt|duyệt) (?:các )?(?:ý kiến|bình luận)",
    )
});
/// How long ago a related item was posted, maybe with the site it came
/// from ("3 giờ trước", "1 năm trước vnews.gov.vn"): a list's stamp, never
/// a date of the article.
static AGO: LazyLock<Rx> = LazyLock::new(|| {
    Rx::new(r"^[0-9]{1,2} (?:giây|phút|giờ|ngày|tuần|tháng|năm) trước(?: [\p{L}0-9.-]+){0,3}$")
});

/// Whether a line is a paper's rules for its readers' comments, headed
/// "Lưu ý:" (`COMMENT_POLICY`), at most 80 words: longer than any other
/// furniture line, so read apart from `is_template`.
pub fn comment_policy(lower: &str) -> bool {
    (lower.starts_with("lưu ý:") || lower.starts_with("chú ý:"))
        && crate::parse::text::words_between_spaces(lower) <= 80
        && COMMENT_POLICY.is_match(lower)
}

/// Whether a short line is furniture of a site's template rather than text.
pub fn is_template(lower: &str, line: &str) -> bool {
    let n = crate::parse::text::words_between_spaces(lower);
    // A comment form's notice may run past the length of a sentence.
    if n <= 30 && (FORM_PROMPT.is_match(lower) || CHAR_COUNT.is_match(lower))
        || n <= 60 && editors_notice(line)
    {
        return true;
    }
    // A long sentence is article text (most lines end here).
    if line.len() > 120 && super::super::page::ends_sentence(line) {
        return false;
    }
    if RESIDUE.is_match(lower)
        || is_label(line)
        || is_block_name(line)
        || template_setting(line)
        || placeholder_name(lower)
    {
        return true;
    }
    if hotline(lower, n) {
        return true;
    }
    // Only punctuation ("|", "[]", "…").
    if !lower.chars().any(char::is_alphanumeric) {
        return true;
    }
    // An image, video or audio file name, alone or with a word or two
    // ("DSC_0412.jpg", ".png)", "Video: hoi-nghi.mp4?_t=1719070896").
    if names_photo(lower, line) {
        return true;
    }
    if n <= 8 && (PLACEHOLDER.is_match(lower) || AGO.is_match(lower)) {
        return true;
    }
    // Phone lines and weather widgets.
    let digits = lower.bytes().filter(u8::is_ascii_digit).count();
    if (n <= 12 && digits >= 9 && PHONE.is_match(lower)) || (n <= 8 && lower.contains('°')) {
        return true;
    }
    // Rows of buttons ("A A A", "Nghe đọc bài", "Facebook Zalo In bài").
    if (2..=12).contains(&n)
        && lower.split(' ').filter(|w| !w.is_empty()).all(|w| {
            BUTTON_WORDS.contains(&w)
                || w.strip_suffix(':')
                    .is_some_and(|w| BUTTON_WORDS.contains(&w))
        })
    {
        return true;
    }
    if n <= 12 && (pager(lower) || market_widget(lower, n) || portal_name(lower, line)) {
        return true;
    }
    if (n <= 14 && is_follow_prompt(lower))
        || (n <= 30 && (is_slug_line(lower, line) || photo_slug(line)))
    {
        return true;
    }
    is_breadcrumb(line) || is_menu(lower, line, n)
}

/// "Trang 1 2 3", "« 1 2 3 »": the page numbers of a list or of an
/// article split over pages, two numbers or more and nothing else but
/// arrows and their labels.
fn pager(lower: &str) -> bool {
    const MARKS: &[&str] = &[
        "trang", "«", "»", "<", ">", "‹", "›", "...", "…", "đầu", "cuối", "sau", "trước", "next",
        "prev",
    ];
    let mut numbers = 0;
    let all = lower.split(' ').filter(|w| !w.is_empty()).all(|w| {
        let number = w.bytes().all(|b| b.is_ascii_digit()) && w.len() <= 3;
        numbers += usize::from(number);
        number || MARKS.contains(&w)
    });
    all && numbers >= 2
}

/// A widget of gold prices, exchange rates or the air's humidity ("Giá
/// vàng SJC: 80.000.000", "Tỷ giá USD: 25.400", "Độ ẩm: 80%"): its label
/// and a number, a few words.
fn market_widget(lower: &str, n: usize) -> bool {
    n <= 8
        && ["giá vàng", "tỷ giá", "độ ẩm"]
            .iter()
            .any(|p| lower.starts_with(p))
        && lower.bytes().any(|b| b.is_ascii_digit())
}

/// The name of the site itself under its headline ("Cổng thông tin điện
/// tử xã Tân Lập", "Trang thông tin điện tử Đảng bộ xã Tân Lập", "Cổng
/// TTĐT tỉnh Đồng Nai"): the name and the body's, whose words after the
/// first are capitalised but for the units of the land. A headline about
/// the site says what it does ("… chính thức đi vào hoạt động").
fn portal_name(lower: &str, line: &str) -> bool {
    const SITES: &[&str] = &[
        "cổng thông tin điện tử ",
        "trang thông tin điện tử ",
        "cổng ttđt ",
        "trang ttđt ",
    ];
    const UNIT_WORDS: &[&str] = &[
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
        "bộ",
        "ủy",
        "uỷ",
        "ban",
        "nhân",
        "dân",
        "và",
    ];
    let Some(p) = SITES.iter().find(|p| lower.starts_with(*p)) else {
        return false;
    };
    let Some(rest) = line.get(p.len()..) else {
        return false;
    };
    !super::super::page::ends_sentence(rest)
        && rest.split(' ').filter(|w| !w.is_empty()).all(|w| {
            w.starts_with(char::is_uppercase)
                || UNIT_WORDS.contains(&super::super::text::lower_same(w).as_str())
        })
}

/// The editors' notice to contributors or readers under the article
/// ("Để nâng cao chất lượng bài viết, Quý cộng tác viên khi gửi tin bài vui
/// lòng gửi riêng hình ảnh …"): the readers addressed as "Quý …" and asked
/// to do something. A report names people, not its own readers, so.
fn editors_notice(line: &str) -> bool {
    static DEAR: Needle = Needle::new("Quý ");
    static PLEASE: Needle = Needle::new("vui lòng");
    let Some(at) = DEAR.find(line) else {
        return false;
    };
    let addressed = ["cộng tác viên", "độc giả", "bạn đọc"]
        .iter()
        .any(|w| line[at + "Quý ".len()..].starts_with(w));
    addressed && PLEASE.find(line).is_some()
}

/// Whether a line is only a photo's name where the photo stood: its file
/// (`anh2.jpg`), its stem (`a1`), or a gallery's stems run together.
pub fn names_photo(lower: &str, line: &str) -> bool {
    // Only counts up to 41 words tell (a paragraph is asked too).
    let n = words_between_spaces_to(lower, 41);
    // A file named with spaces ("TK phong trao 2017 .JPG"): no Vietnamese
    // sentence is written without its marks.
    let media = n <= 3 || n <= 10 && line.is_ascii() || n <= 40 && bare_extension(lower);
    (media && names_media_file(lower))
        || (n == 1
            && (is_file_stem(lower)
                || photo_word_numbered(lower)
                || is_numbered_run(lower)
                || is_short_stem(line)
                || is_numbered_code(line)))
}

/// Whether a line ends in a file's extension standing alone ("Đảng bộ thị
/// trấn trao huy hiệu Đảng .jpg"): a photo saved under its caption's words.
fn bare_extension(lower: &str) -> bool {
    let last = lower.trim_end_matches([')', ']', ' ']).rsplit(' ').next();
    last.is_some_and(|w| matches!(w, ".jpg" | ".jpeg" | ".png" | ".gif" | ".webp"))
}

/// Labels of a photo's enlarge button, which some pages keep glued to
/// the photo's file name.
const ENLARGE: &[&str] = &["phóng to", "xem ảnh lớn", "click để phóng to"];

/// Whether a short line ends in the name of a media file: an image's,
/// or a player's video or audio, whose address may carry a query
/// ("clip.mp4?_t=1719070896").
fn names_media_file(lower: &str) -> bool {
    const EXT: &[&str] = &[
        ".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", ".mp4", ".mov", ".webm", ".m4v", ".mp3",
        ".m4a",
    ];
    let bare = lower.trim_end_matches([')', ']', '|', ' ', '"', '\'']);
    // "wSgLPJHB.jpgPhóng to": the photo's enlarge button glued to its file.
    let bare = ENLARGE
        .iter()
        .find_map(|b| bare.strip_suffix(b))
        .map_or(bare, str::trim_end);
    let last = bare.rsplit(' ').next().unwrap_or(bare);
    let file = last.split_once('?').map_or(last, |(file, _)| file);
    EXT.iter().any(|e| file.ends_with(e))
}

/// A hotline in the template ("HOTLINE: 0903 …", "Đường dây nóng"): the
/// word with a number or a label's colon, or alone in a short line. A
/// headline about a hotline ("Công bố số điện thoại đường dây nóng của
/// Cục Báo chí") is a sentence.
fn hotline(lower: &str, n: usize) -> bool {
    static HOTLINE: Needle = Needle::new("hotline");
    static HOTLINE_VI: Needle = Needle::new("đường dây nóng");
    let named = HOTLINE.find(lower).is_some() || HOTLINE_VI.find(lower).is_some();
    named && (n <= 4 || lower.contains(':') || lower.bytes().any(|b| b.is_ascii_digit()))
}

/// A prompt to follow the outlet on a platform ("Theo dõi Báo X trên
/// Google News", "Theo dõi chúng tôi trên Zalo").
fn is_follow_prompt(lower: &str) -> bool {
    const PLATFORMS: &[&str] = &[
        "google news",
        "google tin tức",
        "zalo",
        "facebook",
        "youtube",
        "tiktok",
    ];
    // "Theo dõi Báo X trên": the platform was an icon, lost with the page's
    // images.
    let bare = lower.trim_end_matches(['.', ' ']);
    lower.starts_with("theo dõi ")
        && (bare.ends_with(" trên")
            || lower.rfind(" trên ").is_some_and(|at| {
                PLATFORMS.contains(&lower[at + " trên ".len()..].trim_end_matches(['.', ' ']))
            }))
}

/// An image's alternative text or a link made from an address slug: five
/// or more words of small ASCII letters with no tone marks open the line
/// ("mttq tinh to chuc hoi nghi tong ket …"), maybe before the headline
/// it links to.
fn is_slug_line(lower: &str, line: &str) -> bool {
    if !line.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    lower
        .split(' ')
        .take(5)
        .filter(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()))
        .count()
        == 5
}

/// An image file's name without its extension, as chat apps and cameras
/// make them (`z5123498765432_8a9bc0d1e2f3`, `dsc_04121993`).
fn is_file_stem(lower: &str) -> bool {
    lower.len() >= 16
        && lower.contains('_')
        && lower.bytes().filter(u8::is_ascii_digit).count() >= 8
        && lower
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
}

/// An image's placeholder name, maybe numbered ("img", "image01",
/// "photo2"): a word for a photo and up to three digits.
fn photo_word_numbered(lower: &str) -> bool {
    ["image", "img", "photo", "pic"].iter().any(|w| {
        lower
            .strip_prefix(w)
            .is_some_and(|n| n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit()))
    })
}

/// A photo's short name left where it stood ("a1", "anh2"): up to three
/// small letters and one digit, nothing else. Article text never opens
/// with a small letter; a code runs longer ("h264", "covid19").
fn is_short_stem(line: &str) -> bool {
    let letters = line.bytes().take_while(u8::is_ascii_lowercase).count();
    (1..=3).contains(&letters)
        && line.len() == letters + 1
        && line.as_bytes()[letters].is_ascii_digit()
}

/// A photo's code left where it stood, letters between numbers
/// ("15namVH1", "2017hn03"): no word, and no code of the text ("H5N1",
/// "COVID19") opens with a number and closes with one around its letters.
fn is_numbered_code(line: &str) -> bool {
    let b = line.as_bytes();
    (4..=20).contains(&b.len())
        && b.iter().all(u8::is_ascii_alphanumeric)
        && b[0].is_ascii_digit()
        && b[b.len() - 1].is_ascii_digit()
        && b.iter().any(u8::is_ascii_alphabetic)
}

/// The names of a gallery's photos run together where their images stood:
/// one stem numbered over and over (`ddkddk1ddk2`, `hn3hn4hn5`). Only
/// small letters and digits, at least two numbers, and every run of
/// letters opening with the same two letters.
fn is_numbered_run(lower: &str) -> bool {
    let b = lower.as_bytes();
    if b.len() < 6
        || !b
            .iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
    {
        return false;
    }
    let letters: Vec<&str> = lower
        .split(|c: char| c.is_ascii_digit())
        .filter(|r| !r.is_empty())
        .collect();
    let numbers = lower
        .split(|c: char| c.is_ascii_lowercase())
        .filter(|r| !r.is_empty())
        .count();
    let stem = letters.first().and_then(|r| r.get(..2));
    numbers >= 2
        && letters.len() >= 2
        && stem.is_some_and(|st| letters.iter().all(|r| r.starts_with(st)))
}

/// A template label left in the text ("lblTitle", "lblSapo").
fn is_label(line: &str) -> bool {
    static LBL: Needle = Needle::new("lbl");
    LBL.find(line).is_some()
        && line.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| {
            w.len() > 3 && w.starts_with("lbl") && w[3..].starts_with(|c: char| c.is_uppercase())
        })
}

/// A template's placeholder left unfilled (`%image_alt%`, `{keywords}`): a
/// name of three or more small letters and underscores between two "%" or
/// in braces. Vietnamese prose writes neither.
fn placeholder_name(lower: &str) -> bool {
    let b = lower.as_bytes();
    let named = |at: usize, close: u8| {
        let name = b[at + 1..]
            .iter()
            .take_while(|c| c.is_ascii_lowercase() || **c == b'_')
            .count();
        name >= 3 && b.get(at + 1 + name) == Some(&close)
    };
    memchr::memchr_iter(b'%', b).any(|at| named(at, b'%'))
        || memchr::memchr_iter(b'{', b).any(|at| named(at, b'}'))
}

/// A photo's file name or alternative text made from a caption with its
/// marks stripped, where the photo stood: words joined by dashes
/// ("Tran-Tuan-Anh", "hoi-nghi-dan-van"), or bare Vietnamese numbered as
/// the page's photos ("Tap Can Binh tham Viet Nam anh 1": "ảnh 1").
fn photo_slug(line: &str) -> bool {
    if !line.is_ascii() || line.len() > 120 {
        return false;
    }
    let joined = !line.contains(' ')
        && line.split('-').count() >= 3
        && line
            .split('-')
            .all(|w| (1..=12).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_alphabetic()));
    let numbered = line
        .trim_end_matches(|c: char| c.is_ascii_digit())
        .strip_suffix(" anh ")
        .is_some_and(|rest| !rest.is_empty())
        && line.ends_with(|c: char| c.is_ascii_digit())
        && super::bare_vietnamese(line);
    joined || numbered
}

/// A template's setting printed where the page was built
/// (`news_is_not_ads=`, `show_related=1`): one word of ASCII letters,
/// digits and underscores that joins two words with an underscore, an
/// equals sign, and a short value of the same letters or none. No
/// sentence or name is written so.
fn template_setting(line: &str) -> bool {
    let Some((key, value)) = line.split_once('=') else {
        return false;
    };
    let ident = |w: &str| w.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    key.len() <= 40
        && value.len() <= 20
        && ident(key)
        && ident(value)
        && key.split('_').filter(|p| !p.is_empty()).count() >= 2
        && key.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
}

/// The names of a portal's page blocks left in the text
/// (`PublishingPortal - Block_BanTin_Toolbar`): a few words of ASCII
/// letters, digits and underscores, one of them joining words with an
/// underscore, and nothing else but dashes and bars.
fn is_block_name(line: &str) -> bool {
    if line.len() > 80 || memchr::memchr(b'_', line.as_bytes()).is_none() {
        return false;
    }
    let ident = |w: &str| w.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    let joined = |w: &str| {
        w.split('_').filter(|p| !p.is_empty()).count() >= 2
            && w.bytes().any(|b| b.is_ascii_uppercase())
    };
    let words: Vec<&str> = line
        .split(' ')
        .filter(|w| !matches!(*w, "" | "-" | "–" | "|"))
        .collect();
    words.len() <= 4 && words.iter().all(|w| ident(w)) && words.iter().any(|w| joined(w))
}

/// A site menu: several menu section names and no sentence ("Trang chủ
/// Thời sự Video Podcast Ảnh").
/// A breadcrumb of the sections a page sits in ("Tin tức - Sự kiện /
/// Trong huyện / Kinh tế - Chính trị"): three or more short names, each
/// capitalised, parted by a spaced slash or arrow. A headline never
/// lists three such names so. A double arrow parts no headline's words at
/// all, so two names suffice with it ("Tin trong tỉnh >> Kinh tế").
fn is_breadcrumb(line: &str) -> bool {
    const DOUBLE_ARROW: &str = " >> ";
    const SEPARATORS: [&str; 5] = [DOUBLE_ARROW, " / ", " > ", " » ", " › "];
    // Every separator holds '/', '>' or a lead byte of "»" (C2) or "›"
    // (E2): a line with none of those bytes is told in one pass.
    let b = line.as_bytes();
    if memchr::memchr3(b'/', b'>', 0xC2, b).is_none() && memchr::memchr(0xE2, b).is_none() {
        return false;
    }
    let Some(sep) = SEPARATORS.iter().find(|s| line.contains(*s)) else {
        return false;
    };
    let parts: Vec<&str> = line.split(sep).map(str::trim).collect();
    let fewest = if *sep == DOUBLE_ARROW { 2 } else { 3 };
    parts.len() >= fewest
        && parts.iter().all(|p| {
            (1..=5).contains(&p.split_whitespace().count())
                && p.starts_with(char::is_uppercase)
                && !p.ends_with(['.', ',', ':', '!', '?'])
        })
}

fn is_menu(lower: &str, line: &str, n: usize) -> bool {
    if !(3..=30).contains(&n) || super::super::page::ends_sentence(line) {
        return false;
    }
    let capitalised = line
        .split(' ')
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    // Menu names of several words ("Bạn cần biết") capitalise only their
    // first; a short line that is mostly menu names needs a third
    // capitalised. So does a long one whose words are two thirds menu
    // names ("Thời sự 24h Chính trị Xã hội Thế giới Bất động sản …").
    if capitalised * 3 < n {
        return false;
    }
    let few_capitals = capitalised * 2 < n && n > 10;
    // "Tin mới Tin 24h Tin thị trường Tin thế giới": items opening with
    // one word, which no headline repeats three times.
    // Counted on the whole line: `lower` holds only the opening of a long
    // one, and a long sentence may name "Tỉnh ủy" three times.
    let words = crate::parse::text::words_between_spaces(line);
    if !few_capitals && words <= 14 && capitalised >= 3 && repeats_capitalised(line) {
        return true;
    }
    // Menu names are one or two words: compare words, not substrings
    // ("ảnh" is not in "cảnh").
    let menu = &*MENU;
    let (mut hits, mut covered) = (0, 0);
    let (mut prev2, mut prev) = ("", "");
    // `prev + " " + w`, looked up whole.
    let mut pair = String::new();
    for w in lower.split(' ').filter(|w| !w.is_empty()) {
        // "thời sự" == prev + " " + w and "bạn cần biết" == prev2 + " " +
        // prev + " " + w, compared without splitting every menu name for
        // every word, and only with the names of the length they make.
        pair.clear();
        pair.push_str(prev);
        pair.push(' ');
        pair.push_str(w);
        let triple = |m: &&str| {
            m.starts_with(prev2)
                && m.ends_with(w)
                && m.get(prev2.len() + 1..m.len() - w.len() - 1) == Some(prev)
        };
        let of_len = |n: usize| menu.by_len.get(n).map_or(&[][..], Vec::as_slice);
        if menu.names.contains(w) {
            (hits, covered) = (hits + 1, covered + 1);
        } else if menu.names.contains(pair.as_str()) {
            (hits, covered) = (hits + 1, covered + 2);
        } else if of_len(prev2.len() + prev.len() + w.len() + 2)
            .iter()
            .any(triple)
        {
            (hits, covered) = (hits + 1, covered + 3);
        }
        (prev2, prev) = (prev, w);
    }
    if few_capitals {
        return hits >= 3 && covered * 3 >= n * 2;
    }
    hits >= 3 && (capitalised * 2 >= n || covered * 2 >= n)
}

/// Whether some capitalised word opens three items of `line`, each time
/// before another word ("Tin 24h", "Tin thị trường", "Tin 360"; a name
/// said three times, "Hà Nội", is one item).
fn repeats_capitalised(line: &str) -> bool {
    let pairs = || {
        let mut words = line.split(' ').filter(|w| !w.is_empty());
        let mut prev = words.next();
        std::iter::from_fn(move || {
            let (a, b) = (prev?, words.next()?);
            prev = Some(b);
            Some((a, b))
        })
        .filter(|(a, _)| a.starts_with(char::is_uppercase))
    };
    pairs().enumerate().any(|(i, (w, next))| {
        // Two later items open with `w`, each before a word no other one has.
        let later = pairs().skip(i + 1).filter(|p| p.0 == w);
        let nexts: [Option<&str>; 3] = {
            let mut it = later.map(|p| p.1);
            [Some(next), it.next(), it.next()]
        };
        let [Some(a), Some(b), Some(c)] = nexts else {
            return false;
        };
        a != b && a != c && b != c
    })
}

/// Whether every pattern compiled (for tests).
#[cfg(test)]
pub fn patterns_compile() -> bool {
    PHONE.compiled()
        && RESIDUE.compiled()
        && PLACEHOLDER.compiled()
        && FORM_PROMPT.compiled()
        && CHAR_COUNT.compiled()
        && COMMENT_POLICY.compiled()
        && AGO.compiled()
}

#[cfg(test)]
mod tests {
    use super::template_setting;

    #[test]
    fn template_settings_are_identifiers_set_to_short_values() {
        for setting in [
            "show_related_box=",
            "is_featured_post=1",
            "block_id=home_top",
        ] {
            assert!(template_setting(setting), "{setting}");
        }
        // A one-word key, a spaced equation, a value in words or a key in
        // Vietnamese is no template's setting.
        for line in ["x=1", "a_b = c", "Tổng=120 triệu đồng", "tỷ_lệ=5"] {
            assert!(!template_setting(line), "{line}");
        }
    }
}
