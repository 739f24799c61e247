//! The report's title: the headline at the top; else a headline repeated
//! at the foot ("QR CODE: …"); else the lead's first sentence without its
//! opening time phrase ("Sáng 13-7, ").

use super::page::{sentence_end, Page};
use super::rx::Rx;
use super::text::lower_same;
use std::sync::LazyLock;

static TIME_OPENING: LazyLock<Rx> = LazyLock::new(|| {
    // The time, then maybe the venue ("Sáng 10/9, tại Hội trường Tỉnh ủy, …")
    // with the units of its address ("tại xã A, huyện B, tỉnh C, …", "tại
    // Cung Văn hóa Lao động, Thủ đô Hà Nội, …");
    // days in a range may be dotted ("Trong 2 ngày 24 - 25.1, …"). Group 1
    // is the time, group 2 the venue.
    Rx::new(
        r"^((?:sáng|chiều|tối|trưa|đêm|ngày|hôm|vừa qua|mới đây|trong (?:hai|ba|2|3) ngày)(?:[^,.]|\.[0-9]){0,30},\s*(?:[0-9]{1,2}\s*[-/.]\s*[0-9]{1,2}(?:[-/.][0-9]{2,4})?,\s*)?)(tại [^,.]{1,80},\s*(?:(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|thủ đô) [^,.]{1,40},\s*){0,3})?",
    )
});

/// Longest title kept when it comes from the first sentence, in bytes.
const MAX_SENTENCE: usize = 300;

/// Fewest words a first sentence keeps after its venue is cut; fewer,
/// and the "tại …" phrase held the clause itself.
const MIN_AFTER_VENUE: usize = 4;

/// Picks the title of `page`.
pub fn choose(page: &Page) -> Option<String> {
    page.title
        .as_deref()
        .map(without_outlet_tag)
        .or_else(|| page.foot_title.clone())
        .or_else(|| first_sentence(page.paragraphs.first()?))
}

/// A headline without the outlet's tag a lead opens with ("(PL)- ",
/// "(NLĐ) - ", "(Dân Việt) "): a page whose lead was read as its headline
/// keeps the tag there, and the tag names the outlet, not the news.
fn without_outlet_tag(head: &str) -> String {
    if !head.trim_start_matches("• ").starts_with('(') {
        return head.to_string();
    }
    match super::byline::lead_prefix(head) {
        Some((_, rest)) if !rest.trim().is_empty() => rest.trim().to_string(),
        _ => head.to_string(),
    }
}

/// The first sentence of `para`, without an opening time phrase.
fn first_sentence(para: &str) -> Option<String> {
    let rest = para.get(opening_end(para)..)?;
    let rest = without_item_number(rest);
    let mut end = sentence_end(rest).unwrap_or(rest.len());
    if end > MAX_SENTENCE {
        let mut cap = MAX_SENTENCE;
        while !rest.is_char_boundary(cap) {
            cap -= 1;
        }
        end = rest[..cap].rfind(' ').unwrap_or(cap);
    }
    let s = rest[..end].trim().trim_end_matches(['.', ',', ';', ':']);
    let mut chars = s.chars();
    let first = chars.next()?;
    Some(first.to_uppercase().chain(chars).collect())
}

/// Where the opening time phrase of `para` ends, with its venue when one
/// follows. A venue that runs on to the clause's last comma ("Ngày 28/9,
/// tại Huế đã khai mạc Hội nghị …, khóa X.") holds the clause: then only
/// the time goes, or the title would be the words after that comma.
fn opening_end(para: &str) -> usize {
    let lower = lower_same(para);
    let Some(caps) = TIME_OPENING.captures(&lower) else {
        return 0;
    };
    let time_end = caps.get(1).map_or(0, |m| m.end());
    let Some(venue) = caps.get(2) else {
        return time_end;
    };
    let after = &lower[venue.end()..];
    let clause = &after[..sentence_end(after).unwrap_or(after.len())];
    if clause.split_whitespace().count() < MIN_AFTER_VENUE {
        time_end
    } else {
        venue.end()
    }
}

/// `para` without the number an aggregator prints before an item's
/// headline ("5585. Vì sao …"): a number alone is no sentence.
fn without_item_number(para: &str) -> &str {
    let digits = para.bytes().take_while(u8::is_ascii_digit).count();
    match para[digits..].strip_prefix(". ") {
        Some(rest) if digits > 0 && rest.starts_with(char::is_uppercase) => rest,
        _ => para,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_outlets_tag_opening_the_headline_line_is_no_part_of_the_title() {
        for (line, want) in [
            (
                "(PL)- Thành ủy tổ chức hội nghị sơ kết công tác dân vận",
                "Thành ủy tổ chức hội nghị sơ kết công tác dân vận",
            ),
            (
                "(NLĐ) - Ban Dân vận Thành ủy tổng kết phong trào thi đua",
                "Ban Dân vận Thành ủy tổng kết phong trào thi đua",
            ),
            (
                "(Dân Việt) Hội Nông dân tỉnh vừa tổ chức hội nghị tổng kết",
                "Hội Nông dân tỉnh vừa tổ chức hội nghị tổng kết",
            ),
            // A bracket of the news itself stays.
            (
                "(Ảnh) Ngày hội Đại đoàn kết ở thôn Đông",
                "(Ảnh) Ngày hội Đại đoàn kết ở thôn Đông",
            ),
        ] {
            let page = Page {
                title: Some(line.into()),
                ..Page::default()
            };
            assert_eq!(choose(&page).as_deref(), Some(want));
        }
    }

    #[test]
    fn headline_then_foot_headline_then_first_sentence() {
        let mut page = Page {
            paragraphs: vec!["Chiều 3/5, Ban Dân vận Huyện ủy tổ chức hội nghị. Dự có…".into()],
            ..Page::default()
        };
        assert_eq!(
            choose(&page).as_deref(),
            Some("Ban Dân vận Huyện ủy tổ chức hội nghị")
        );
        let venue =
            "Sáng 10/9, tại Hội trường Huyện ủy, Ban Dân vận Huyện ủy tổng kết hội thi. Dự có…";
        assert_eq!(
            first_sentence(venue).as_deref(),
            Some("Ban Dân vận Huyện ủy tổng kết hội thi")
        );
        let address = "Ngày 22/5, tại xã Tân Lập, huyện Hòa An, tỉnh Vĩnh Long, Công an tỉnh trao nhà tình nghĩa. Nhà rộng 70 mét vuông.";
        assert_eq!(
            first_sentence(address).as_deref(),
            Some("Công an tỉnh trao nhà tình nghĩa")
        );
        // The capital written as the venue's address.
        let capital = "Chiều nay (9/11), tại Khách sạn Thắng Lợi, Thủ đô Hà Nội, \
                       Bộ Ngoại giao khai mạc diễn đàn. Dự có…";
        assert_eq!(
            first_sentence(capital).as_deref(),
            Some("Bộ Ngoại giao khai mạc diễn đàn")
        );
        // "Sáng nay, 3-4, …": the day set apart after the time of day.
        let apart =
            "Sáng nay, 3-4, tại Hội trường Tỉnh ủy, Ban Dân vận Tỉnh ủy tổng kết hội thi. Dự có…";
        assert_eq!(
            first_sentence(apart).as_deref(),
            Some("Ban Dân vận Tỉnh ủy tổng kết hội thi")
        );
        page.foot_title = Some("Hội nghị giao ban quý II".into());
        assert_eq!(choose(&page).as_deref(), Some("Hội nghị giao ban quý II"));
        page.title = Some("Tổng kết công tác dân vận".into());
        assert_eq!(choose(&page).as_deref(), Some("Tổng kết công tác dân vận"));
    }

    #[test]
    fn a_headline_may_hold_an_abbreviation_with_a_dot() {
        let page = super::super::page::read_page(
            "TP. Hồ Chí Minh biểu dương các điển hình dân vận khéo\nSáng 12/10, Thành ủy tổ chức lễ biểu dương.",
        );
        assert_eq!(
            choose(&page).as_deref(),
            Some("TP. Hồ Chí Minh biểu dương các điển hình dân vận khéo")
        );
        let para = "Giao ban quý III. Đồng chí Lê Văn An chủ trì.";
        assert_eq!(first_sentence(para).as_deref(), Some("Giao ban quý III"));
        let para = "PGS. TS Lê Văn An phát biểu tại hội thảo. Dự có các đại biểu.";
        assert_eq!(
            first_sentence(para).as_deref(),
            Some("PGS. TS Lê Văn An phát biểu tại hội thảo")
        );
    }

    #[test]
    fn a_venue_holding_the_whole_clause_stays_in_the_title() {
        let para = "Ngày 14/3, tại Đà Lạt đã khai mạc Hội nghị Ban Thường trực Ủy ban MTTQ tỉnh lần thứ 7, khóa X. Chủ trì có ông Lê Văn Tám.";
        assert_eq!(
            first_sentence(para).as_deref(),
            Some("Tại Đà Lạt đã khai mạc Hội nghị Ban Thường trực Ủy ban MTTQ tỉnh lần thứ 7, khóa X")
        );
        // A venue set before the subject still goes.
        let para = "Chiều 2/4, tại Nhà văn hóa xã Hòa Bình, Hội Nông dân xã tổ chức đại hội. Dự có 80 hội viên.";
        assert_eq!(
            first_sentence(para).as_deref(),
            Some("Hội Nông dân xã tổ chức đại hội")
        );
    }

    #[test]
    fn an_items_number_is_no_sentence() {
        let para = "1024. Dự án đường ven sông chậm tiến độ. Dự án khởi công từ năm 2015.";
        assert_eq!(
            first_sentence(para).as_deref(),
            Some("Dự án đường ven sông chậm tiến độ")
        );
        let para = "2.000 hội viên tham gia ngày hội. Mỗi hội viên góp một cây.";
        assert_eq!(
            first_sentence(para).as_deref(),
            Some("2.000 hội viên tham gia ngày hội")
        );
    }

    #[test]
    fn a_range_of_days_opening_the_lead_is_no_part_of_the_title() {
        let para = "Trong 2 ngày 24 - 25.1, Đoàn Thanh niên phường An Bình tổ chức chương trình tình nguyện. Có 50 suất quà.";
        assert_eq!(
            first_sentence(para).as_deref(),
            Some("Đoàn Thanh niên phường An Bình tổ chức chương trình tình nguyện")
        );
    }

    #[test]
    fn a_long_first_sentence_is_cut_at_a_word() {
        let para = "Hội nghị ".repeat(100);
        let got = first_sentence(&para).unwrap_or_default();
        assert!(got.len() <= MAX_SENTENCE && got.ends_with("nghị"));
        assert!(TIME_OPENING.compiled());
    }
}
