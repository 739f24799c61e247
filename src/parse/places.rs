//! Places named in a report: known provinces and cities, and the proper
//! names after "huyện", "xã", "điểm cầu" … ("điểm cầu Hải Phòng").

use super::names;
use super::text::same_key;
use super::titles::place_len;
use super::tokens::Tokens;
use super::vocab;

/// Words after which a capitalised name is a place.
const PLACE_WORDS: &[&str] = &[
    "huyện",
    "quận",
    "thị xã",
    "xã",
    "phường",
    "thị trấn",
    "điểm cầu",
    "tỉnh",
    "thành phố",
    "huyện ủy",
    "huyện uỷ",
    "tỉnh ủy",
    "tỉnh uỷ",
    "thành ủy",
    "thành uỷ",
    "quận ủy",
];

/// Most places kept per report.
const MAX_PLACES: usize = 30;

/// Adds the places of one paragraph to `out` (no repeats).
pub fn collect_places(t: &Tokens, out: &mut Vec<String>) {
    let mut i = 0;
    while i < t.len() && out.len() < MAX_PLACES {
        // Most tokens open neither a known place (a capitalised word some
        // place starts with) nor a place word: their own facts tell.
        let tok = t.toks[i];
        if !(tok.word && tok.cap && tok.info.place > 0)
            && tok.info.flags & vocab::flag::PLACE_WORD == 0
        {
            i += 1;
            continue;
        }
        if let Some(n) = place_len(t, i) {
            // "tư tưởng Hồ Chí Minh", "Chủ tịch Hồ Chí Minh": the city only
            // after "thành phố" or "TP".
            let before = if t.is_punct(i.wrapping_sub(1), '.') {
                i.wrapping_sub(2)
            } else {
                i.wrapping_sub(1)
            };
            let person =
                t.phrase(i, n) == Some("hồ chí minh") && !matches!(t.low(before), "phố" | "tp");
            if !person && !inside_name(t, i) {
                add(out, t.span(i, i + n));
            }
            i += n;
            continue;
        }
        // Most words open no place word: ask the flag once, before the phrases.
        let after = if t.has(i, vocab::flag::PLACE_WORD) {
            t.listed_len(i, 2, PLACE_WORDS)
        } else {
            None
        };
        if let Some(n) = after {
            let start = i + n;
            let mut j = start;
            // "HĐND phường Khóa IV": a term, capitalised, is no unit's name;
            // nor is the centre a bridge site stands at ("điểm cầu Trung
            // ương"), written with one capital.
            let term =
                matches!(t.low(start), "khóa" | "khoá") || t.phrase(start, 2) == Some("trung ương");
            while !term
                && j < start + 3
                && t.is_cap(j)
                && !t.has(j, vocab::flag::INSTITUTION)
                && t.phrase(j - 1, 2).is_some()
            {
                j += 1;
            }
            // "xã Dân Chủ", "phường Hội An": an institution word may end a
            // unit's name, when the unit lists know that name.
            if j > start
                && j < start + 3
                && t.is_cap(j)
                && t.phrase(j - 1, 2).is_some()
                && known_unit(t.phrase(i, n).unwrap_or(""), t.span(start, j + 1))
            {
                j += 1;
            }
            // "Huyện ủy Lê Thanh Bình": after a party committee comes its
            // secretary's name as often as a place; after a unit ("Chủ tịch
            // UBND tỉnh Trần Văn Nam") a name of three syllables or more is
            // a person, as units named after people have two ("xã Lê Lợi").
            let committee = t.low(i + n - 1).ends_with('y');
            // A family name that also opens places opens the name there
            // too, as it does after a title ("Tỉnh ủy Châu Văn A").
            let person = || {
                (names::starts_name(t, start)
                    || names::name_after_committee(t, start)
                    || super::titles::name_after_province(t, start))
                    && (committee
                        || names::name_end(t, start, true).is_some_and(|e| e >= start + 3))
            };
            // "điểm cầu Thành ủy Cần Thơ": a committee, read as a place word
            // of its own next, opens the place.
            if j > start && matches!(t.low(j), "ủy" | "uỷ") {
                i = j - 1;
                continue;
            }
            // Every province's name has two syllables or more: one word
            // after "tỉnh" opens something else ("UBND tỉnh Đại hội …",
            // the verb left out of a headline-like lead).
            let province_word = matches!(t.phrase(i, n), Some("tỉnh" | "tỉnh ủy" | "tỉnh uỷ"));
            let too_short = province_word && j == start + 1;
            // "xã Chi Lăng Nam": a known place ("Chi Lăng") opening a longer
            // name the unit lists know is the longer name.
            let word = t.phrase(i, n).unwrap_or("");
            let known = place_len(t, start);
            let longer = known.is_some_and(|m| start + m < j) && known_unit(word, t.span(start, j));
            if j > start && !too_short && (known.is_none() || longer) && !person() {
                add(out, t.span(start, j));
                if longer {
                    i = j;
                    continue;
                }
            }
            i = start.max(i + 1);
            continue;
        }
        i += 1;
    }
}

/// Whether the unit lists know `name` after the kind word `word`: the
/// commune list (the largest) is read only after a commune's kind word.
fn known_unit(word: &str, name: &str) -> bool {
    if matches!(word, "xã" | "phường" | "thị trấn") {
        let k = crate::units::key(name);
        let known = crate::units::communes_named(&k).next().is_some();
        known
    } else {
        crate::units::district(name).is_some()
    }
}

/// Whether the place at `i` is the end of a person's name ("Lê Thanh Bình"
/// holds the district name "Thanh Bình"): a name opening with a family name
/// up to three words before runs past `i`.
fn inside_name(t: &Tokens, i: usize) -> bool {
    (i.saturating_sub(3)..i).any(|k| {
        t.is_cap(k)
            && t.family(k, false)
            && t.phrase(k, i - k + 1).is_some()
            && names::name_end(t, k, false).is_some_and(|e| e > i)
    })
}

fn add(out: &mut Vec<String>, place: &str) {
    // Most repeats are written the same way; only new spellings need keys.
    if out.iter().any(|p| p == place) {
        return;
    }
    let key = same_key(place);
    if !place.is_empty() && !out.iter().any(|p| same_key(p) == key) {
        out.push(place.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn provinces_and_named_districts() {
        let mut out = Vec::new();
        let t = Tokens::new(
            "Tại điểm cầu Hải Phòng và huyện Tiên Yên, tỉnh Quảng Ninh; xã Tân Lập, Hải Phòng.",
        );
        collect_places(&t, &mut out);
        assert_eq!(out, ["Hải Phòng", "Tiên Yên", "Quảng Ninh", "Tân Lập"]);
        let mut out = Vec::new();
        collect_places(
            &Tokens::new("Đại hội Đảng bộ xã Dân Chủ lần thứ I"),
            &mut out,
        );
        assert_eq!(out, ["Dân Chủ"]);
        let mut out = Vec::new();
        let t = Tokens::new(
            "Phó Bí thư Huyện ủy Lê Thanh Bình học tập tư tưởng Hồ Chí Minh; TP. Hồ Chí Minh",
        );
        collect_places(&t, &mut out);
        assert_eq!(out, ["Hồ Chí Minh"]);
    }

    #[test]
    fn a_person_after_a_unit_word_is_no_place() {
        let mut out = Vec::new();
        let t = Tokens::new(
            "Chủ tịch UBND tỉnh Trần Văn Nam và Bí thư Đảng ủy phường Lê Thị Hồng dự lễ ở xã Lê Lợi.",
        );
        collect_places(&t, &mut out);
        assert_eq!(out, ["Lê Lợi"]);
    }

    #[test]
    fn one_word_after_tinh_is_no_province() {
        let mut out = Vec::new();
        let t = Tokens::new(
            "Đảng bộ Sở Tư pháp tỉnh Đại hội lần thứ V; Đoàn viên huyện Mê Linh, tỉnh Hà Sơn dự.",
        );
        collect_places(&t, &mut out);
        assert_eq!(out, ["Mê Linh", "Hà Sơn"]);
    }

    #[test]
    fn a_term_is_no_place_and_a_longer_commune_keeps_its_last_word() {
        let mut out = Vec::new();
        let t = Tokens::new(
            "Cử tri gặp đại biểu HĐND phường Khóa V tại xã Chi Lăng Nam, huyện Thanh Miện.",
        );
        collect_places(&t, &mut out);
        assert_eq!(out, ["Chi Lăng Nam", "Thanh Miện"]);
    }

    #[test]
    fn the_centre_after_a_bridge_site_is_no_place() {
        let mut out = Vec::new();
        let t = Tokens::new("Gần 300 đại biểu dự tại điểm cầu Trung ương và điểm cầu Quảng Trị.");
        collect_places(&t, &mut out);
        assert_eq!(out, ["Quảng Trị"]);
    }

    #[test]
    fn a_committee_after_a_place_word_is_no_place() {
        let mut out = Vec::new();
        let t = Tokens::new(
            "Hội nghị được tổ chức từ điểm cầu Thành ủy kết hợp trực tuyến; các đại biểu dự tại điểm cầu Tỉnh ủy Lạng Sơn.",
        );
        collect_places(&t, &mut out);
        assert_eq!(out, ["Lạng Sơn"]);
    }

    #[test]
    fn a_name_after_a_tier_committee_is_no_place_whatever_its_family_name() {
        let mut out = Vec::new();
        let t = Tokens::new(
            "Dự có Phó Bí thư Tỉnh ủy Thạch Minh Sang, Bí thư Huyện ủy Ninh Văn Lực, Trưởng đoàn ĐBQH tỉnh Châu Văn Hên và Huyện ủy Kim Sơn.",
        );
        collect_places(&t, &mut out);
        assert_eq!(out, ["Kim Sơn"]);
    }
}
