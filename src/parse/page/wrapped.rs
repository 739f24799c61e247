//! Text broken into lines of a fixed width (copied out of a word
//! processor or an old portal's `<pre>`), joined back into paragraphs
//! before the page is read: such a page breaks a name ("bà Lê Thị Thu"
//! then "Hà – Phó Chủ tịch …"), a title ("Phó" then "Chủ tịch HĐND xã")
//! or an organ ("Ủy ban Mặt" then "trận xã") at any word. Only a page that
//! shows the wrapping is touched: several lines that stop mid-sentence
//! before a line going on in lower case or with a figure. Never splits a
//! line, never drops one.

use super::{ends_sentence, starts_with_time};
use crate::parse::lexicon;
use crate::parse::text::{lower_same, word_count, word_count_to};
use std::borrow::Cow;
use std::sync::LazyLock;

/// Clauses that open a lead before the body that acts (`openers.txt`:
/// "căn cứ", "thực hiện", "nhân dịp"), in both spellings.
static OPENERS: LazyLock<Vec<String>> = LazyLock::new(|| {
    lexicon::words(lexicon::OPENERS)
        .flat_map(lexicon::spellings)
        .collect()
});

/// Lines going on in lower case after a line that stopped mid-sentence,
/// from which a page counts as wrapped, when they are also a fair share
/// of its lines: one such break is a caption or a list, not a wrap.
const WRAPPED_BREAKS: usize = 3;

/// `text` with its wrapped lines joined, when it is wrapped.
pub(super) fn unwrap(text: &str) -> Cow<'_, str> {
    if text.contains('\r') {
        return Cow::Borrowed(text);
    }
    // Most pages are not wrapped: told on the lines as they are split,
    // and gathered only for a page that is.
    if !wrapped(text.split('\n').map(str::trim)) {
        return Cow::Borrowed(text);
    }
    let lines: Vec<&str> = text.split('\n').map(str::trim).collect();
    let last = lines.iter().rposition(|l| !l.is_empty());
    let mut out = String::with_capacity(text.len());
    let mut seen_text = false;
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            let prev = lines[i - 1];
            // The first line of text may be the headline: only a line in
            // lower case shows it was the lead's first. The page's last
            // line, a name alone, is the signature under the text.
            let signed = last == Some(i) && signature(line);
            let join = !prev.is_empty()
                && !line.is_empty()
                && !signed
                && if seen_text {
                    // The paragraph so far, not its last line, shows
                    // whether a sentence was under way.
                    goes_on(out.rsplit('\n').next().unwrap_or(prev), line)
                } else {
                    broke_before(prev, line)
                };
            out.push(if join { ' ' } else { '\n' });
            seen_text |= !prev.is_empty();
        }
        out.push_str(line);
    }
    Cow::Owned(out)
}

/// Whether the page's lines were wrapped at a width rather than at
/// paragraphs' ends.
fn wrapped<'a>(mut lines: impl Iterator<Item = &'a str>) -> bool {
    let Some(mut prev) = lines.next() else {
        return false;
    };
    let mut full = usize::from(!prev.is_empty());
    let mut breaks = 0;
    for line in lines {
        full += usize::from(!line.is_empty());
        breaks += usize::from(broke_before(prev, line));
        prev = line;
    }
    breaks >= WRAPPED_BREAKS && breaks * 4 >= full
}

/// Whether `next` goes on in lower case or with a figure with the
/// sentence `line` left unfinished.
fn broke_before(line: &str, next: &str) -> bool {
    // Asked of every pair of lines of every page: the next line's first
    // char first, and the words counted only as far as two.
    goes_on_small(next) && word_count_to(line, 2) >= 2 && !ends_sentence(line)
}

/// Whether `next` opens in lower case or with a figure that is no list
/// item's number ("1. Đồng chí …", "2) …"): a list goes one item a line.
fn goes_on_small(next: &str) -> bool {
    let digits = next.bytes().take_while(u8::is_ascii_digit).count();
    let item = digits > 0 && matches!(next.as_bytes().get(digits), Some(b'.' | b')'));
    // The opening first: most lines open with a capital, and a widget is
    // then no matter (its test reads the whole line).
    (next.starts_with(char::is_lowercase) || digits > 0 && !item) && !widget(next)
}

/// Whether `line` is a line of a site's header widgets, which opens small
/// or with a figure without going on with any sentence: a weather box
/// ("weather", "33° C") or today's date under the outlet's name ("thứ tư,
/// 26/11/2025").
fn widget(line: &str) -> bool {
    const WEEKDAYS: &[&str] = &[
        "thứ hai, ",
        "thứ ba, ",
        "thứ tư, ",
        "thứ năm, ",
        "thứ sáu, ",
        "thứ bảy, ",
        "chủ nhật, ",
    ];
    let dated = WEEKDAYS.iter().any(|d| {
        line.strip_prefix(d)
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
    });
    let one_latin_word = !line.is_empty() && line.bytes().all(|b| b.is_ascii_lowercase());
    dated || one_latin_word || line.contains('°')
}

/// Whether `line`, on a wrapped page, runs on into `next`: it stops
/// mid-sentence, and `next` goes on in lower case, or `line` is a
/// sentence's worth of words (a heading in capitals is not) and `next`
/// does not open a paragraph with its time ("Sáng 12/3, …").
fn goes_on(line: &str, next: &str) -> bool {
    if ends_sentence(line) {
        return false;
    }
    if goes_on_small(next) {
        return true;
    }
    // "Căn cứ Hướng dẫn số …", "Thực hiện Kế hoạch …" under a summary
    // with no full stop: a clause of basis or occasion written with its
    // capital opens a paragraph; a sentence wrapped at a width goes on
    // with it small.
    if !line.ends_with(',') && opens_with_clause(next) {
        return false;
    }
    // Captions of a photo series, one a line and with no full stop, open
    // alike ("Đoàn công tác thăm …" twice): a line opening as its
    // paragraph did starts the next one.
    if opens_alike(line, next) {
        return false;
    }
    let capitals = !line.chars().any(char::is_lowercase);
    let item = next.starts_with(|c: char| c.is_ascii_digit());
    word_count(line) >= 4
        && !capitals
        && !item
        && !starts_with_time(&lower_same(next))
        && !time_word(next)
}

/// Whether `line` opens with a capital on a clause of `openers.txt`
/// ("Căn cứ …", "Thực hiện …"). Only its first words are lowered.
fn opens_with_clause(line: &str) -> bool {
    if !line.starts_with(char::is_uppercase) {
        return false;
    }
    let head: String = line.chars().take(24).collect();
    let head = lower_same(&head);
    OPENERS.iter().any(|o| {
        head.strip_prefix(o.as_str())
            .is_some_and(|r| r.starts_with(' '))
    })
}

/// Whether `line` is a time of day alone with its capital ("Chiều"): a
/// lead's time phrase broken after its first word, its day on the next
/// line ("ngày 14/9/2021, …"). A sentence under way writes it small.
fn time_word(line: &str) -> bool {
    matches!(
        line,
        "Sáng" | "Chiều" | "Tối" | "Trưa" | "Đêm" | "Ngày" | "Hôm"
    )
}

/// Words compared at the opening of two lines by `opens_alike`.
const OPENING_WORDS: usize = 3;

/// Whether `a` and `b` open with the same `OPENING_WORDS` words, case
/// aside. Only those words are read: `a` is the paragraph so far.
fn opens_alike(a: &str, b: &str) -> bool {
    let mut wa = a.split_whitespace();
    let mut wb = b.split_whitespace();
    (0..OPENING_WORDS).all(|_| match (wa.next(), wb.next()) {
        (Some(x), Some(y)) => lower_same(x) == lower_same(y),
        _ => false,
    })
}

/// Whether `line` is a signature: two to four words, each opening with a
/// capital, no figure and no stop ("Minh Thành", "Lê Thị Hà").
fn signature(line: &str) -> bool {
    let words = word_count_to(line, 5);
    (2..=4).contains(&words)
        && line
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
        && !line.contains(|c: char| c.is_ascii_digit() || matches!(c, '.' | ',' | ':' | ';'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_wrapped_at_a_width_is_joined_back() {
        let text = "XÃ AN PHÚ TIẾP XÚC CỬ TRI\nSáng ngày 5/3/2024, Ủy ban Mặt\ntrận xã phối hợp với HĐND\nxã tổ chức tiếp xúc cử tri. Dự có ông Trần Văn\nBảy – Phó\nChủ tịch HĐND xã; bà Lê Thị Thu\nHà - Phó Trưởng Ban Dân vận Huyện ủy và\n45 cử tri.";
        let out = unwrap(text);
        assert_eq!(
            out,
            "XÃ AN PHÚ TIẾP XÚC CỬ TRI\nSáng ngày 5/3/2024, Ủy ban Mặt trận xã phối hợp với HĐND xã tổ chức tiếp xúc cử tri. Dự có ông Trần Văn Bảy – Phó Chủ tịch HĐND xã; bà Lê Thị Thu Hà - Phó Trưởng Ban Dân vận Huyện ủy và 45 cử tri."
        );
    }

    #[test]
    fn a_caption_series_and_the_signature_keep_their_lines() {
        let text = "Chiều 9/2, đoàn công tác của Ủy ban MTTQ tỉnh do\nông Đặng Văn Lực, Phó Chủ tịch, dẫn đầu đã thăm các chùa, nhà thờ\ntrên địa bàn, tặng quà và chúc Tết các vị chức sắc,\nnhà tu hành và đồng bào có đạo.\nĐoàn công tác thăm Tu viện Thánh Tâm ở thị trấn Cần Giuộc\nĐoàn công tác thăm Tịnh xá Ngọc Lâm do bà Tô Thị Ngân phụ trách\nThanh Tâm";
        let out = unwrap(text);
        assert_eq!(
            out,
            "Chiều 9/2, đoàn công tác của Ủy ban MTTQ tỉnh do ông Đặng Văn Lực, Phó Chủ tịch, dẫn đầu đã thăm các chùa, nhà thờ trên địa bàn, tặng quà và chúc Tết các vị chức sắc, nhà tu hành và đồng bào có đạo.\nĐoàn công tác thăm Tu viện Thánh Tâm ở thị trấn Cần Giuộc\nĐoàn công tác thăm Tịnh xá Ngọc Lâm do bà Tô Thị Ngân phụ trách\nThanh Tâm"
        );
        assert!(signature("Lê Thị Hà") && !signature("Hà") && !signature("Ảnh: Lê Hà"));
    }

    #[test]
    fn a_time_of_day_alone_opens_the_lead_under_the_headline() {
        let text = "12/04/2022\nHĐND thị trấn Vĩnh Tuy tiếp xúc cử tri khu phố 2\nSáng\nngày 9/4/2022, bà Mai Thị Lệ và ông Quách Văn Sinh, đại biểu HĐND thị\ntrấn, gặp gỡ cử tri khu phố 2 để nghe\ný kiến về đường giao thông và\nnước sạch.";
        let out = unwrap(text);
        assert_eq!(
            out,
            "12/04/2022\nHĐND thị trấn Vĩnh Tuy tiếp xúc cử tri khu phố 2\nSáng ngày 9/4/2022, bà Mai Thị Lệ và ông Quách Văn Sinh, đại biểu HĐND thị trấn, gặp gỡ cử tri khu phố 2 để nghe ý kiến về đường giao thông và nước sạch."
        );
    }

    #[test]
    fn a_clause_of_basis_with_its_capital_opens_a_paragraph() {
        let text = "15/10/2023\nHội thi tìm hiểu pháp luật ở các xóm của xã Tiên Phong năm 2023\nCăn cứ Công văn 41/UBND-VX ban hành 2/10/2023\ndo Ủy ban nhân dân huyện gửi các xã về hội thi\nở cơ sở năm 2023.\nThực hiện Hướng dẫn 12/HD-MTTQ (5/10/2023) do\nBan Thường trực Ủy ban MTTQ xã gửi, các xóm đã\nchọn đội thi.";
        let out = unwrap(text);
        assert_eq!(
            out,
            "15/10/2023\nHội thi tìm hiểu pháp luật ở các xóm của xã Tiên Phong năm 2023\nCăn cứ Công văn 41/UBND-VX ban hành 2/10/2023 do Ủy ban nhân dân huyện gửi các xã về hội thi ở cơ sở năm 2023.\nThực hiện Hướng dẫn 12/HD-MTTQ (5/10/2023) do Ban Thường trực Ủy ban MTTQ xã gửi, các xóm đã chọn đội thi."
        );
        // Written small, the clause goes on with the sentence wrapped before it.
        assert!(goes_on(
            "Ủy ban MTTQ xã Tiên Phong đã triển khai kế hoạch",
            "thực hiện cuộc vận động"
        ));
        assert!(!goes_on(
            "Hội thi ở các xóm của xã Tiên Phong năm 2023",
            "Thực hiện Hướng dẫn 12"
        ));
    }

    #[test]
    fn a_numbered_list_one_item_a_line_is_no_wrapping() {
        let text = "Ban Thường vụ Huyện ủy khóa mới\n1. Đồng chí Lê Văn An, Bí thư Huyện ủy\n2. Đồng chí Hà Thị Bình, Phó Bí thư Huyện ủy\n3. Đồng chí Đỗ Minh Cường, Chủ tịch UBND huyện";
        assert!(matches!(unwrap(text), Cow::Borrowed(_)));
    }

    #[test]
    fn a_sites_weather_box_and_date_are_no_wrapping() {
        let text = "Chuyên trang Tin Miền Tây\nthứ hai, 12/05/2025\nCần Thơ weather 26° - 32° C\nweather\n32° C\nCần Thơ\nthứ hai, 12/05/2025\n\nPhường Tân An ra mắt tổ dân vận khéo\n\nSáng 11/5, Đảng ủy phường Tân An ra mắt tổ dân vận khéo ở khu vực 3.";
        assert!(matches!(unwrap(text), Cow::Borrowed(_)));
    }

    #[test]
    fn a_page_of_one_line_paragraphs_is_left_alone() {
        let text = "Hội nghị tổng kết công tác dân vận\nSáng 12/3, Huyện ủy tổ chức hội nghị\nQuang cảnh hội nghị\nCác đại biểu đã thảo luận nhiều giải pháp.\nThu Hà";
        assert!(matches!(unwrap(text), Cow::Borrowed(_)));
    }
}
