//! Titles with their abbreviations spelled out ("Phó Chủ tịch UBND tỉnh" ->
//! "Phó Chủ tịch Ủy ban nhân dân tỉnh"), from `assets/lexicon/abbreviations.tsv`.
//! The title as written stays what is shown; the expansion sits beside it
//! so that a search for the full words finds the short form.

use super::vocab;

/// Most words of an abbreviation ("UV BTV", "TNCS HCM").
const MOST_WORDS: usize = 2;

/// `title` with every abbreviation written in capitals replaced by what
/// it stands for; `None` when it has none.
pub fn expand(title: &str) -> Option<String> {
    // Most titles hold no word of two capitals: no need to look further.
    if !title.split(' ').any(capitals) {
        return None;
    }
    let words: Vec<&str> = title.split(' ').collect();
    let mut out = String::with_capacity(title.len() + 32);
    let mut changed = false;
    let mut k = 0;
    while k < words.len() {
        if !out.is_empty() {
            out.push(' ');
        }
        // Only words of two capitals are looked up, each pair only when
        // both are ("UV BTV").
        let found = (1..=MOST_WORDS.min(words.len() - k))
            .rev()
            .take_while(|_| capitals(words[k]))
            .filter(|&n| words[k..k + n].iter().all(|w| capitals(w)))
            .find_map(|n| {
                let phrase = words[k..k + n].join(" ").to_lowercase();
                vocab::expansion(&phrase).map(|e| (n, e))
            });
        if let Some((n, e)) = found {
            out.push_str(e);
            changed = true;
            k += n;
            continue;
        }
        match dotted(words[k]) {
            Some(e) => {
                out.push_str(&e);
                changed = true;
            }
            None => out.push_str(words[k]),
        }
        k += 1;
    }
    changed.then_some(out)
}

/// A word of abbreviations joined by dots ("CT.HĐND", "UVT.Ư"): each part
/// spelled out, when every part is known.
fn dotted(word: &str) -> Option<String> {
    if !word.contains('.') || !capitals(word) {
        return None;
    }
    let parts: Option<Vec<&str>> = word
        .split('.')
        .filter(|p| !p.is_empty())
        .map(|p| vocab::expansion(&p.to_lowercase()))
        .collect();
    Some(parts?.join(" "))
}

/// Whether `s` has at least two capitals: "TƯ" is an abbreviation, "Tư" a name.
fn capitals(s: &str) -> bool {
    super::text::has_capitals(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_are_spelled_out_and_words_kept() {
        assert_eq!(
            expand("Phó Chủ tịch UBND tỉnh").as_deref(),
            Some("Phó Chủ tịch Ủy ban nhân dân tỉnh")
        );
        assert_eq!(
            expand("UV BTV Tỉnh ủy, Trưởng ban").as_deref(),
            Some("Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban")
        );
        assert_eq!(
            expand("Thứ trưởng Bộ NN&PTNT").as_deref(),
            Some("Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn")
        );
        assert_eq!(
            expand("CT.HĐND xã").as_deref(),
            Some("Chủ tịch Hội đồng nhân dân xã")
        );
        assert_eq!(
            expand("Bí thư Thành ủy TP.HCM").as_deref(),
            Some("Bí thư Thành ủy Thành phố Hồ Chí Minh")
        );
        assert_eq!(expand("Bí thư Chi bộ thôn Tư"), None);
        assert_eq!(expand("Giám đốc Sở Y tế"), None);
    }

    #[test]
    fn the_commune_apparatus_since_2025_is_spelled_out() {
        // Since 1 July 2025 a commune's Party committee has a Ban Xây dựng
        // Đảng and a Trung tâm Chính trị, its People's Committee a Phòng
        // Văn hóa - Xã hội and a Trung tâm Phục vụ hành chính công; portals
        // write them short.
        assert_eq!(
            expand("Trưởng Ban XDĐ Đảng ủy xã").as_deref(),
            Some("Trưởng Ban Xây dựng Đảng Đảng ủy xã")
        );
        assert_eq!(
            expand("Giám đốc TTPVHCC phường").as_deref(),
            Some("Giám đốc Trung tâm Phục vụ hành chính công phường")
        );
        assert_eq!(
            expand("Phó Giám đốc TTCT xã").as_deref(),
            Some("Phó Giám đốc Trung tâm Chính trị xã")
        );
        assert_eq!(
            expand("Trưởng phòng VH-XH xã").as_deref(),
            Some("Trưởng phòng Văn hóa - Xã hội xã")
        );
        assert_eq!(
            expand("Phó Trưởng phòng KT-HT-ĐT phường").as_deref(),
            Some("Phó Trưởng phòng Kinh tế, Hạ tầng và Đô thị phường")
        );
        assert_eq!(
            expand("Chánh Văn phòng HĐND&UBND xã").as_deref(),
            Some("Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã")
        );
        assert_eq!(
            expand("Trưởng ban CTMT TDP số 4").as_deref(),
            Some("Trưởng ban Công tác Mặt trận Tổ dân phố số 4")
        );
    }
}
