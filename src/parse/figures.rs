//! Figures ("845 đơn thư", "92,96%", "7/8 vụ việc", "63 tỉnh, thành") and
//! quoted movements and models (“Dân vận khéo”, “Chính quyền thân thiện”).

use super::rx::Rx;
use super::text::lower_same;
use std::sync::LazyLock;

static PERCENT: LazyLock<Rx> = LazyLock::new(|| Rx::new(r"\d+(?:[.,]\d+)?\s?%"));
static COUNT: LazyLock<Rx> = LazyLock::new(|| {
    Rx::new(
        r"(?:^|[\s(])(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?|\d+/\d+) (\p{Ll}+(?: \p{Ll}+)?(?:, thành(?: phố)?)?)",
    )
});
static QUOTED: LazyLock<Rx> = LazyLock::new(|| Rx::new(r#"[“"]([^“”"]{2,120})[”"]"#));

/// Most figures kept per report.
const MAX_FIGURES: usize = 60;

/// Words after a number that make it a date, a duration or an ordinal, not a figure.
const NOT_UNIT: &[&str] = &[
    "tháng", "năm", "ngày", "giờ", "phút", "giây", "quý", "tuần", "và", "đến", "có", "là", "của",
    "trong", "tại", "với", "các", "những", "được", "đã", "thì", "về", "từ", "cho",
];

/// Words before a number that make it part of a date.
const DATE_BEFORE: &[&str] = &[
    "ngày", "sáng", "chiều", "tối", "trưa", "hôm", "đêm", "năm", "số",
];

/// Figures in `paragraphs`, in order, without repeats.
pub fn find_figures(paragraphs: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let add = |s: String, out: &mut Vec<String>| {
        if out.len() < MAX_FIGURES && !out.contains(&s) {
            out.push(s);
        }
    };
    for p in paragraphs
        .iter()
        .filter(|p| p.bytes().any(|b| b.is_ascii_digit()))
    {
        for c in PERCENT.captures_iter(p) {
            if let Some(m) = c.get(0) {
                add(m.as_str().replace(' ', ""), &mut out);
            }
        }
        for c in COUNT.captures_iter(p) {
            let (Some(n), Some(unit)) = (c.get(1), c.get(2)) else {
                continue;
            };
            let first = unit.as_str().split([' ', ',']).next().unwrap_or("");
            let before = p[..n.start()].split_whitespace().next_back().unwrap_or("");
            let year_like = n.as_str().len() == 4 && n.as_str().starts_with(['1', '2']);
            if NOT_UNIT.contains(&first)
                || DATE_BEFORE.contains(&lower_same(before).as_str())
                || year_like
            {
                continue;
            }
            add(format!("{} {}", n.as_str(), unit.as_str()), &mut out);
        }
    }
    out
}

/// Words that, just before a quotation, make it a movement or model name.
const MOVEMENT_CUES: &[&str] = &[
    "phong trào",
    "thi đua",
    "mô hình",
    "cuộc vận động",
    "vận động",
    "chủ đề",
    "phương châm",
    "năm",
    "khẩu hiệu",
    "chương trình",
    "điển hình",
    "danh hiệu",
    "giải thưởng",
];

/// Quoted movement and model names in `paragraphs`, without repeats.
pub fn find_movements(paragraphs: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for p in paragraphs.iter().filter(|p| p.contains(['“', '"'])) {
        for c in QUOTED.captures_iter(p) {
            let (Some(all), Some(inner)) = (c.get(0), c.get(1)) else {
                continue;
            };
            let mut from = all.start().saturating_sub(40);
            while !p.is_char_boundary(from) {
                from += 1;
            }
            let before = lower_same(p[from..all.start()].trim_end());
            if !MOVEMENT_CUES.iter().any(|cue| before.ends_with(cue)) {
                continue;
            }
            let name = inner.as_str().trim().to_string();
            if !out.iter().any(|o| lower_same(o) == lower_same(&name)) {
                out.push(name);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Vec<String> {
        vec![s.to_string()]
    }

    #[test]
    fn counts_percentages_and_fractions() {
        assert!(PERCENT.compiled() && COUNT.compiled() && QUOTED.compiled());
        let got = find_figures(&v("Đã tiếp nhận 1.250 đơn thư, giải quyết đạt 95,5%; hòa giải 9/10 vụ việc với 34 tỉnh, thành."));
        assert_eq!(
            got,
            ["95,5%", "1.250 đơn thư", "9/10 vụ việc", "34 tỉnh, thành"]
        );
    }

    #[test]
    fn dates_durations_and_years_are_not_figures() {
        let got = find_figures(&v(
            "Ngày 15/9 hoàn thành; trong 6 tháng đầu năm 2022 các cấp; Quyết định số 12 ngày",
        ));
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn quoted_movements_need_a_cue() {
        let got = find_movements(&v("nhân rộng mô hình “Dân vận khéo” và phong trào \"Xây dựng nông thôn mới\"; thực hiện “nhiệm vụ kép”."));
        assert_eq!(got, ["Dân vận khéo", "Xây dựng nông thôn mới"]);
    }
}
