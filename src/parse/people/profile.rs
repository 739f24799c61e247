//! An official's biography as Party and state sites print it: a heading
//! naming the person ("ĐỒNG CHÍ NGUYỄN VĂN A" under "TÓM TẮT TIỂU SỬ", or
//! "Họ và tên: Nguyễn Văn A"), then the posts held on a line of their own
//! ("Chức vụ hiện nay: Ủy viên Bộ Chính trị, Bí thư Tỉnh ủy, …"), often
//! broken over two lines. The posts are the named person's, though no
//! sentence joins them to the name.

use super::{find_people_and_dead, Found};
use crate::parse::text::capitalize_name;
use crate::parse::titles::head_len;
use crate::parse::tokens::Tokens;

/// Lines after the heading within which the posts line may come (a line
/// of "Bí danh" or "Sinh ngày" may stand between).
const POSTS_WITHIN: usize = 3;

/// The most words of a name in a heading.
const MAX_NAME_WORDS: usize = 6;

/// The person of each biography in the page's `text` (read line by line:
/// a heading in capitals is no paragraph of the article), with the posts
/// its posts line lists, read by the title grammar as if written after
/// the name.
pub fn profile_posts(text: &str) -> Vec<Found> {
    if !text.contains("Chức vụ") {
        return Vec::new();
    }
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Some(name) = heading_name(line) else {
            continue;
        };
        let posts = (i + 1..lines.len().min(i + 1 + POSTS_WITHIN))
            .find_map(|j| posts_after_label(lines[j]).map(|p| (j, p)));
        let Some((j, posts)) = posts else {
            continue;
        };
        let mut sentence = format!("{name}, {}", posts.trim());
        // "… Việt Nam," + "Chủ tịch nước …": the list goes on below.
        let mut k = j + 1;
        while k < lines.len()
            && sentence.ends_with(',')
            && head_len(&Tokens::new(lines[k]), 0).is_some()
        {
            sentence.push(' ');
            sentence.push_str(lines[k]);
            k += 1;
        }
        let t = Tokens::new(&sentence);
        let key = crate::text::name_key(&name);
        let person = find_people_and_dead(&t).0.into_iter().find(|f| {
            !f.titles.is_empty()
                && f.name
                    .as_deref()
                    .is_some_and(|n| crate::text::name_key(n) == key)
        });
        out.extend(person);
    }
    out
}

/// The name a biography's heading gives: "ĐỒNG CHÍ NGUYỄN VĂN A" (in
/// capitals, shown as "Nguyễn Văn A") or "Họ và tên: Nguyễn Văn A".
fn heading_name(line: &str) -> Option<String> {
    let (name, capitals) = match line.strip_prefix("ĐỒNG CHÍ ") {
        Some(rest) => (rest.trim_end_matches(['.', ':']), true),
        None => {
            let line = unbulleted(line);
            let rest = ["Họ và tên:", "Họ tên:"]
                .iter()
                .find_map(|p| line.strip_prefix(p))?;
            (rest.trim_end_matches(['.', ';']), false)
        }
    };
    let name = name.trim();
    let small = name.chars().any(char::is_lowercase);
    let words = name.split(' ').filter(|w| !w.is_empty()).count();
    if !(2..=MAX_NAME_WORDS).contains(&words) || capitals && small {
        return None;
    }
    Some(if small {
        name.to_string()
    } else {
        capitalize_name(name)
    })
}

/// What a biography's posts line lists after its label.
fn posts_after_label(line: &str) -> Option<&str> {
    let line = unbulleted(line);
    ["Chức vụ hiện nay:", "Chức vụ hiện tại:", "Chức vụ:"]
        .iter()
        .find_map(|p| line.strip_prefix(p))
        .filter(|rest| !rest.trim().is_empty())
}

/// A line of a biography without the bullet its fields may open with.
fn unbulleted(line: &str) -> &str {
    line.trim_start_matches(['-', '+', '•', ' '])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn posts(text: &str) -> Vec<(String, Vec<String>)> {
        profile_posts(text)
            .into_iter()
            .map(|f| (f.name.unwrap_or_default(), f.titles))
            .collect()
    }

    #[test]
    fn a_biographys_posts_line_gives_its_posts_to_the_person_of_its_heading() {
        let text = "TÓM TẮT TIỂU SỬ\nĐỒNG CHÍ LÊ VĂN KHẢI\n\
Chức vụ hiện nay: Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy Nghệ An,\n\
Trưởng đoàn Đại biểu Quốc hội tỉnh.\n- Ngày sinh: 12-5-1968.";
        assert_eq!(
            posts(text),
            [(
                "Lê Văn Khải".to_string(),
                vec![
                    "Ủy viên Ban Chấp hành Trung ương Đảng".to_string(),
                    "Bí thư Tỉnh ủy Nghệ An".to_string(),
                    "Trưởng đoàn Đại biểu Quốc hội tỉnh".to_string(),
                ]
            )]
        );
        let text = "Họ và tên: Trần Thị Mai\nNgày sinh: 3-2-1972\n\
Chức vụ: Phó Chủ tịch UBND tỉnh Quảng Trị.";
        assert_eq!(
            posts(text),
            [(
                "Trần Thị Mai".to_string(),
                vec!["Phó Chủ tịch UBND tỉnh Quảng Trị".to_string()]
            )]
        );
    }

    #[test]
    fn a_posts_line_with_no_heading_or_a_heading_that_is_no_name_gives_no_one() {
        assert!(posts("Chức vụ hiện nay: Bí thư Tỉnh ủy Nghệ An.").is_empty());
        assert!(posts("ĐỒNG CHÍ VÀ CÁC ĐẠI BIỂU DỰ HỘI NGHỊ\nChức vụ: Bí thư Tỉnh ủy.").is_empty());
        // The posts line too far below the heading belongs to no one.
        assert!(posts(
            "ĐỒNG CHÍ LÊ VĂN KHẢI\nSinh ngày 1-1-1960\nQuê quán: Nghệ An\nDân tộc: Kinh\n\
Chức vụ: Bí thư Tỉnh ủy Nghệ An."
        )
        .is_empty());
    }
}
