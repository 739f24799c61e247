//! Photo credits: a line that is only a credit ("Ảnh: Thu Hà", "(Ảnh minh
//! họa)", "Ảnh: TTXVN") and a credit closing a caption ("Quang cảnh hội
//! nghị. Ảnh: VGP/Lê Sơn"). A credit names a source in capitalised words; a
//! sentence that merely holds the word "ảnh" is text.

use super::super::rx::Rx;
use super::super::text::Needle;
use std::sync::LazyLock;

/// A credit at the end of a line, with what stands before it: "Ảnh" (or
/// "Ảnh minh họa", "Ảnh tư liệu"), then a colon and a source of up to five
/// words opening with a capital ("Ảnh: VGP/Lê Sơn", "Ảnh: Công an cung
/// cấp", "Ảnh: PV/Vietnam+", the agency after a dash: "Ảnh: Minh Đức –
/// TTXVN", a body that gave the photo: "Ảnh: Đoàn xã Tân Hòa cung cấp")
/// or a website in small letters ("(Ảnh: baochinhphu.vn)"); or, with no
/// colon, two to four capitalised words ("Ảnh Quang Vinh", in capitals
/// with who supplied it: "ẢNH CÔNG AN TỈNH CUNG CẤP"); or a set
/// phrase ("Ảnh chụp màn hình"), which may name its source with or
/// without a colon ("Ảnh nguồn Báo Gia Lai", "Ảnh tư liệu: TTXVN"). A page may glue the credit to the
/// caption's last word ("… lão thànhẢnh: THU HÀ") or join it with an
/// underscore.
static CREDIT: LazyLock<Rx> = LazyLock::new(|| {
    Rx::new(
        r"(?P<pre>^|\s*[-–(_]\s*|\s+|(?P<glued>))\(?(?:Ảnh|ẢNH)(?:(?P<fixed>(?i: minh (?:họa|hoạ)| tư liệu| chụp màn hình| nguồn))(?:(?:\s*:\s*|\s+)[\p{Lu}0-9][\p{L}0-9.+]*(?:(?:\s?/\s?|\s|\s[-–]\s?)[\p{L}0-9][\p{L}0-9.+]*){0,4})?|(?P<colon>\s*:\s*)(?:[\p{Lu}0-9][\p{L}0-9.+]*(?:(?:\s?/\s?|\s|\s[-–]\s?)[\p{L}0-9][\p{L}0-9.+]*){0,4}(?: cung cấp)?(?: \(\p{Lu}[\p{L}0-9 .+/-]{1,40}\))?|[\p{Ll}0-9][\p{Ll}0-9-]*(?:\.[\p{Ll}0-9-]+)+)|(?P<bare> )\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){1,3}(?P<supplied> CUNG CẤP)?)\s*\)?[.,]?\s*\)?(?:\s*\|)?$",
    )
});

/// Where a trailing photo credit starts in `line`: 0 when the line is only
/// a credit, `None` when it closes with none.
pub fn credit_start(line: &str) -> Option<usize> {
    if line.len() > 2000 {
        return None;
    }
    if labelled_credit(line) {
        return Some(0);
    }
    if !names_photo(line) {
        return lower_case_credit(line);
    }
    let caps = CREDIT.captures_at(line, earliest_credit(line)?)?;
    let pre = caps.name("pre")?;
    let start = pre.start();
    if start == 0 {
        return Some(0);
    }
    // After text the credit follows a finished caption, a dash or a
    // bracket; "Ảnh:" with its colon closes a caption with no full stop
    // too ("… hiện trường vụ việc Ảnh: H.T"). Capitalised words with no
    // colon ("… Phú Quý. Ảnh Quang Vinh") count only after a full stop.
    let sep = pre.as_str().trim();
    let before = line[..start].trim_end();
    // Glued to a word, only "Ảnh:" with its colon is a credit ("… quàẢnh: B").
    if caps.name("glued").is_some() {
        let after_letter = before.chars().next_back().is_some_and(char::is_alphabetic);
        return (after_letter && caps.name("colon").is_some()).then_some(start);
    }
    let closed = before.ends_with(['.', '!', '?', '…', '"', '”', ')']);
    // A set phrase in capitals ("… sau trận đấu ẢNH CHỤP MÀN HÌNH") is
    // the outlet's credit style, with no stop before it.
    if caps.name("fixed").is_some() {
        let credit = &line[start..];
        return (closed || !sep.is_empty() || credit.to_uppercase() == credit).then_some(start);
    }
    // "… bị can Bùi Văn A ẢNH CÔNG AN TỈNH CUNG CẤP": who supplied the
    // photo, in the outlet's capitals, needs no stop before it.
    if caps.name("bare").is_some() {
        let supplied = caps.name("supplied").is_some() && caps[0].to_uppercase() == caps[0];
        return (supplied || closed && sep.is_empty() && before.ends_with('.')).then_some(start);
    }
    (!sep.is_empty() || closed || caps.name("colon").is_some()).then_some(start)
}

/// Where a credit kept in small letters closes a caption ("… từ 1.7 ảnh:
/// minh an"): a page that sets its credits in capitals by style sheet
/// stores them so. Only the colon's form, ending the line, after a caption
/// of some words: the source's one to three words, with no full stop. A
/// photo named in the text ("hình ảnh: …", "bức ảnh: …") is no credit.
fn lower_case_credit(line: &str) -> Option<usize> {
    const NAMING: &[&str] = &["hình", "bức", "tấm", "những", "các", "chụp", "một"];
    // Asked of every line without "Ả": a shared searcher.
    static LABEL: Needle = Needle::new(" ảnh: ");
    if let Some(at) = after_stop_credit(line) {
        return Some(at);
    }
    if let Some(at) = bracketed_credit(line) {
        return Some(at);
    }
    let at = LABEL.rfind(line)?;
    let source = &line[at + " ảnh: ".len()..];
    let words = source.split(' ').count();
    let plain = source
        .chars()
        .all(|c| c == ' ' || (c.is_alphabetic() && c.is_lowercase()));
    let before = &line[..at];
    let caption = line.starts_with(char::is_uppercase)
        && before.split(' ').count() >= 6
        && !NAMING.contains(&before.rsplit(' ').next().unwrap_or(""));
    ((1..=3).contains(&words) && plain && caption).then_some(at)
}

/// "… tại xã Quảng Chính. ảnh H.L": a small "ảnh" after the caption's full
/// stop, then the source in one to three capitalised words or initials;
/// no sentence of text opens with a small letter.
fn after_stop_credit(line: &str) -> Option<usize> {
    static STOP_LABEL: Needle = Needle::new(". ảnh ");
    let at = STOP_LABEL.rfind(line)? + 1;
    let source = &line[at + " ảnh ".len()..];
    let words = source.split(' ').count();
    let named = source.split(' ').all(|w| {
        w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '.')
    });
    ((1..=3).contains(&words) && named && line[..at].split(' ').count() >= 4).then_some(at)
}

/// "… phát biểu khai mạc kỳ họp ( ảnh: Long Hà)": a small "ảnh" and its
/// colon in brackets closing the line, then the source in one to five
/// capitalised words; the brackets say it is no sentence of the text.
fn bracketed_credit(line: &str) -> Option<usize> {
    let inner = line.strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let label = inner[open + 1..].trim_start();
    let source = label
        .strip_prefix("ảnh")?
        .trim_start()
        .strip_prefix(':')?
        .trim();
    let words = source.split(' ').count();
    let named = source.split(' ').all(|w| {
        w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '.')
    });
    let caption = line[..open].split(' ').count() >= 4;
    ((1..=5).contains(&words) && named && caption).then_some(open)
}

/// Labels of a line that credits a picture, a chart or a clip other than
/// "Ảnh" (read by `CREDIT`).
const OTHER_LABELS: &[&str] = &[
    "Photo:",
    "PHOTO:",
    "Hình:",
    "HÌNH:",
    "Đồ họa:",
    "Đồ hoạ:",
    "ĐỒ HỌA:",
    "ĐỒ HOẠ:",
    "Infographic:",
    "INFOGRAPHIC:",
    "Clip:",
    "CLIP:",
    "Nguồn ảnh:",
    "NGUỒN ẢNH:",
];

/// "Photo: Thu Hà", "Đồ họa: Minh Anh", "Nguồn ảnh: Internet": a line that
/// is only a credit under another label than "Ảnh", the source in one to
/// five capitalised words.
fn labelled_credit(line: &str) -> bool {
    // Asked of every line: most open with none of the labels' first bytes
    // ("Đ" opens with 0xC4).
    if !matches!(
        line.as_bytes().first(),
        Some(b'P' | b'H' | b'I' | b'C' | b'N' | 0xC4)
    ) {
        return false;
    }
    let Some(source) = OTHER_LABELS
        .iter()
        .find_map(|l| line.strip_prefix(l))
        .map(str::trim)
    else {
        return false;
    };
    let words = source.split(' ').count();
    (1..=5).contains(&words)
        && source.split(' ').all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                && w.chars().all(|c| c.is_alphanumeric() || "./-+".contains(c))
        })
}

/// Whether `line` holds "Ảnh" or "ẢNH": one scan for their shared first
/// letter, as every line of every report is asked.
fn names_photo(line: &str) -> bool {
    first_photo_word(line).is_some()
}

/// Where the first "Ảnh" or "ẢNH" of `line` starts.
fn first_photo_word(line: &str) -> Option<usize> {
    static CAPITAL_A_HOOK: Needle = Needle::new("Ả");
    CAPITAL_A_HOOK.find_iter(line).find(|&i| {
        let rest = &line.as_bytes()[i + "Ả".len()..];
        rest.starts_with(b"nh") || rest.starts_with(b"NH")
    })
}

/// The first byte at which `CREDIT` can match in `line`: a match opens
/// with its word "Ảnh" after nothing but white space, dashes, brackets
/// and underscores (`pre` and the bracket), so no match starts before
/// the run of those before the first such word. Searched from there, a
/// long paragraph that closes with a credit is not read from its start
/// through the pattern's Unicode classes.
fn earliest_credit(line: &str) -> Option<usize> {
    let first = first_photo_word(line)?;
    let opening = |c: char| c.is_whitespace() || matches!(c, '-' | '–' | '(' | '_');
    Some(
        line[..first]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| opening(c))
            .last()
            .map_or(first, |(i, _)| i),
    )
}

/// A credit in capitals with the next paragraph glued to its last word:
/// "… trụ sở xã - Ảnh: `MINH ANSáng` 5-3, …". The paragraph opens where
/// a capital is followed by a small letter.
static GLUED_TO_NEXT: LazyLock<Rx> = LazyLock::new(|| {
    Rx::new(r"(?:Ảnh|ẢNH)\s*:\s*(?:\p{Lu}+[./]?\s?)*?\p{Lu}{2,}(?P<next>\p{Lu}\p{Ll}+\s)")
});

/// A line that is a caption with its credit and then, glued to the
/// credit's last capital, the next paragraph: the two lines, split where
/// the paragraph starts.
pub fn split_glued_credit(line: &str) -> Option<(&str, &str)> {
    if line.len() > 2000 || !names_photo(line) {
        return None;
    }
    let at = GLUED_TO_NEXT.captures(line)?.name("next")?.start();
    Some((&line[..at], &line[at..]))
}

/// Whether the credit patterns compile (for tests).
#[cfg(test)]
pub fn patterns_compile() -> bool {
    CREDIT.compiled() && GLUED_TO_NEXT.compiled()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credits_are_found_by_shape() {
        assert!(patterns_compile());
        for line in [
            "Ảnh: Minh Tâm",
            "(Ảnh: TTXVN)",
            "Ảnh minh họa",
            "Ảnh minh hoạ.",
            "ẢNH: HOÀNG LONG",
            "Photo: Minh Tâm",
            "Đồ họa: Minh Tâm",
            "Nguồn ảnh: Internet",
            "Ảnh: Minh Tâm (Báo Hòa Bình)",
            "Ảnh nguồn Báo Kon Tum",
            "Ảnh nguồn: KTO.",
        ] {
            assert_eq!(credit_start(line), Some(0), "{line}");
        }
        let caption = "Các đại biểu dự hội nghị tại huyện. Ảnh: VGP/Quốc Bảo";
        let at = credit_start(caption).unwrap();
        assert_eq!(&caption[..at], "Các đại biểu dự hội nghị tại huyện.");
        let caption = "Hội viên Hội Nông dân xã Đăk Ui thu hoạch cà phê. Ảnh nguồn KTO.";
        let at = credit_start(caption).unwrap();
        assert_eq!(
            &caption[..at],
            "Hội viên Hội Nông dân xã Đăk Ui thu hoạch cà phê."
        );
        let supplied = "Cán bộ điều tra đọc lệnh bắt bị can Lê Văn Hùng ẢNH CÔNG AN TỈNH CUNG CẤP";
        let at = credit_start(supplied).unwrap();
        assert_eq!(
            &supplied[..at],
            "Cán bộ điều tra đọc lệnh bắt bị can Lê Văn Hùng"
        );
        let bracketed = "Ông Lê Văn Hùng phát biểu khai mạc kỳ họp ( ảnh: Thu Hà)";
        let at = credit_start(bracketed).unwrap();
        assert_eq!(
            bracketed[..at].trim_end(),
            "Ông Lê Văn Hùng phát biểu khai mạc kỳ họp"
        );
        let dashed = "Đồng chí Bí thư Huyện ủy trao quà - Ảnh: T.H";
        let at = credit_start(dashed).unwrap();
        assert_eq!(&dashed[..at], "Đồng chí Bí thư Huyện ủy trao quà");
        for line in [
            "Ảnh: Hội nghị tại trụ sở Huyện ủy được tổ chức trang trọng",
            "Các hộ dân được tặng ảnh Bác Hồ và lịch năm mới.",
            "Hình ảnh người cán bộ dân vận gắn bó với nhân dân.",
            "Triển lãm ảnh về Đảng bộ tỉnh mở cửa đến hết tháng.",
            "Ảnh hưởng của bão số 3 đến đời sống nhân dân",
            "Hình: những ngôi nhà mới của bà con thôn 3",
            "Clip: Toàn cảnh lễ ra quân chiến dịch tình nguyện hè",
            "Bà con được tặng ảnh Bác Hồ (ảnh chân dung)",
            "Người dân xem lại các bức ảnh (ảnh: các bức ảnh cũ)",
        ] {
            assert_eq!(credit_start(line), None, "{line}");
        }
    }

    #[test]
    fn a_credit_in_capitals_glued_to_the_next_paragraph_is_split_off() {
        assert_eq!(
            split_glued_credit("Trụ sở xã Tân Lập - Ảnh: MINH ANSáng 5-3, Đảng ủy xã họp."),
            Some((
                "Trụ sở xã Tân Lập - Ảnh: MINH AN",
                "Sáng 5-3, Đảng ủy xã họp."
            ))
        );
        assert_eq!(
            split_glued_credit("Quang cảnh hội nghị. ẢNH: T.HÀTheo báo cáo, xã đã …"),
            Some(("Quang cảnh hội nghị. ẢNH: T.HÀ", "Theo báo cáo, xã đã …"))
        );
        // A credit in ordinary case, or one that ends its line.
        assert_eq!(
            split_glued_credit("Quang cảnh hội nghị. Ảnh: Minh An"),
            None
        );
        assert_eq!(
            split_glued_credit("Quang cảnh hội nghị. ẢNH: MINH AN"),
            None
        );
    }

    #[test]
    fn a_photo_is_named_in_either_case_anywhere_in_the_line() {
        assert!(names_photo("Ảnh: Minh Tâm"));
        assert!(names_photo("Quang cảnh hội nghị. ẢNH: HOÀNG LONG"));
        assert!(names_photo("Ảo ảnh, rồi Ảnh tư liệu"));
        assert!(!names_photo("Ảo tưởng và ẢO TƯỞNG"));
        assert!(!names_photo("Hình ảnh người cán bộ dân vận"));
        assert!(!names_photo("Ả"));
    }

    #[test]
    fn a_credit_closes_a_caption_without_a_stop_or_names_a_source_in_words() {
        let cut = |line: &'static str| credit_start(line).map(|at| line[..at].trim_end());
        assert_eq!(
            cut("Cán bộ xã giúp dân khắc phục hậu quả lốc xoáy Ảnh: T.L"),
            Some("Cán bộ xã giúp dân khắc phục hậu quả lốc xoáy")
        );
        assert_eq!(
            cut("Lực lượng chức năng khám nghiệm hiện trường. (Ảnh: Công an huyện)"),
            Some("Lực lượng chức năng khám nghiệm hiện trường.")
        );
        assert_eq!(
            cut("Đối tượng tại cơ quan điều tra. Ảnh: Công an cung cấp"),
            Some("Đối tượng tại cơ quan điều tra.")
        );
        assert_eq!(
            cut("Lãnh đạo tỉnh trao quà cho hộ nghèo. (Ảnh: PV/Vietnam+)"),
            Some("Lãnh đạo tỉnh trao quà cho hộ nghèo.")
        );
        assert_eq!(
            cut("Đoàn công tác thăm trung tâm bảo trợ. Ảnh Minh Đức"),
            Some("Đoàn công tác thăm trung tâm bảo trợ.")
        );
        assert_eq!(
            cut("Bí thư Huyện ủy dự ngày hội sáng 27.1 ẢNH: N.T.H"),
            Some("Bí thư Huyện ủy dự ngày hội sáng 27.1")
        );
        // The agency after the photographer, and a credit glued to the
        // caption's last word.
        assert_eq!(
            cut("Lãnh đạo xã trao quà cho hộ nghèo. Ảnh: Minh Đức – TTXVN"),
            Some("Lãnh đạo xã trao quà cho hộ nghèo.")
        );
        assert_eq!(
            cut("Bí thư Thành ủy trao huy hiệu cho đảng viên lão thànhẢnh: THU HÀ"),
            Some("Bí thư Thành ủy trao huy hiệu cho đảng viên lão thành")
        );
        // The agency glued to its dash, a space after the slash.
        assert_eq!(
            cut("Bí thư Tỉnh ủy phát biểu tại hội nghị. Ảnh: Minh Đức -TTXVN"),
            Some("Bí thư Tỉnh ủy phát biểu tại hội nghị.")
        );
        assert_eq!(
            cut("Chủ tịch tỉnh thăm hộ nghèo. Ảnh: VGP/ Hải Minh"),
            Some("Chủ tịch tỉnh thăm hộ nghèo.")
        );
        // A credit in small letters, as a style sheet set it in capitals.
        assert_eq!(
            cut("Thượng tá Lê Văn An nhận quyết định từ ngày 1.7 ảnh: minh an"),
            Some("Thượng tá Lê Văn An nhận quyết định từ ngày 1.7")
        );
        assert_eq!(
            cut("Ban tổ chức trưng bày nhiều hình ảnh: tư liệu quý"),
            None
        );
        // A small "ảnh" after the caption's full stop, initials after it.
        assert_eq!(
            cut("Khu đất lấn chiếm tại xã Tân Lập (Hòa An). ảnh T.H"),
            Some("Khu đất lấn chiếm tại xã Tân Lập (Hòa An).")
        );
        assert_eq!(cut("Triển lãm mang tên Hình Ảnh Quê Hương"), None);
        // A website as the source, a body that gave the photo, a set
        // phrase in capitals.
        assert_eq!(
            cut("Phiên họp toàn thể của Quốc hội. (Ảnh: quochoi.vn)"),
            Some("Phiên họp toàn thể của Quốc hội.")
        );
        assert_eq!(
            cut("Bà Lê Thị Hoa (thứ hai từ trái) nhận hoa - Ảnh: Hội Phụ nữ xã cung cấp"),
            Some("Bà Lê Thị Hoa (thứ hai từ trái) nhận hoa")
        );
        assert_eq!(
            cut("Cổ động viên chờ đội tuyển ở sân bay ẢNH CHỤP MÀN HÌNH"),
            Some("Cổ động viên chờ đội tuyển ở sân bay")
        );
        assert_eq!(cut("Bạn đọc gửi tới tòa soạn Ảnh chụp màn hình"), None);
        // Joined to the caption by an underscore, as a file's name.
        assert_eq!(
            cut("Bộ trưởng thăm công nhân khu công nghiệp_Ảnh: TTXVN"),
            Some("Bộ trưởng thăm công nhân khu công nghiệp")
        );
        assert_eq!(cut("Xem thêm trên trang ảnh: quochoi.vn"), None);
        // No colon and no full stop: words of the caption, not a credit.
        assert_eq!(cut("Bà con xem triển lãm Ảnh Đẹp Quê Hương"), None);
        assert_eq!(
            cut("Ảnh: Hội nghị tại trụ sở Huyện ủy được tổ chức trang trọng"),
            None
        );
    }
}
