//! Where a report places the people it names. At an online conference
//! each "điểm cầu" (bridge site) is a place, and the officials named
//! after "Tại điểm cầu tỉnh Nghệ An, …" act there: that place is the
//! jurisdiction of their titles that name none. Reads tokens only; the
//! catalog decides what a place means.

use super::people::Found;
use super::titles::place_len;
use super::tokens::Tokens;
use super::vocab;

/// Unit words that may stand between "điểm cầu" and the place's name.
const UNIT_WORDS: &[&str] = &[
    "tỉnh",
    "thành phố",
    "tp",
    "huyện",
    "quận",
    "thị xã",
    "xã",
    "phường",
];

/// How many words of a unit word (`UNIT_WORDS`) stand at `j`, the longest.
fn unit_len(t: &Tokens, j: usize) -> Option<usize> {
    t.listed_len(j, 2, UNIT_WORDS)
}

/// Whether the words at `j` name an organ's seat rather than a place
/// ("điểm cầu Chính phủ", "điểm cầu Trụ sở Chính phủ", "điểm cầu Quốc
/// hội"), and how many words that seat takes.
fn seat_len(t: &Tokens, j: usize) -> Option<usize> {
    if !t.is_cap(j) || unit_len(t, j).is_some() {
        return None;
    }
    if t.phrase(j, 2).is_some_and(|p| p == "trụ sở") {
        return Some(2 + seat_len(t, j + 2).unwrap_or(0));
    }
    // "UBND", "HĐND": an organ written short, not a place ("TP.HCM").
    let short_organ = vocab::expansion(t.low(j)).is_some_and(|e| {
        let e = e.to_lowercase();
        let words: Vec<&str> = e.split(' ').take(2).collect();
        !UNIT_WORDS.iter().any(|u| e.starts_with(u))
            && (1..=words.len()).any(|n| vocab::is_title_word(&words[..n].join(" ")))
    });
    if short_organ {
        return Some(1);
    }
    (1..=2)
        .rev()
        .find(|&n| t.phrase(j, n).is_some_and(vocab::is_title_word))
}

/// The site named after "điểm cầu" at token `i` and where it ends: its
/// place, or none when the site is the centre, an organ's seat or places
/// no one by name ("điểm cầu các huyện"), which ends the site before it.
fn bridge_at(t: &Tokens, i: usize) -> Option<(usize, Option<String>)> {
    if t.low(i) != "điểm" || t.phrase(i, 2) != Some("điểm cầu") {
        return None;
    }
    let mut j = i + 2;
    // "điểm cầu của tỉnh Thái Nguyên": the site of the place that follows.
    if t.low(j) == "của" {
        j += 1;
    }
    // "điểm cầu Thành ủy (Cần Thơ)": the committee's place, if written.
    if t.is_cap(j) && matches!(t.low(j + 1), "ủy" | "uỷ") {
        j += 2;
        if matches!(t.low(j), "xã" | "phường") {
            j += 1;
        }
    } else if let Some(n) = seat_len(t, j) {
        // An organ's seat is the centre's or a place's: a place named after
        // it ("điểm cầu UBND tỉnh Quảng Nam") is the site's.
        j += n;
        j += unit_len(t, j).unwrap_or(0);
        return Some(match place_len(t, j) {
            Some(n) => (j + n, Some(t.span(j, j + n).to_string())),
            None => (j, None),
        });
    } else if let Some(n) = unit_len(t, j) {
        j += n;
        if t.is_punct(j, '.') {
            j += 1;
        }
    }
    let start = j;
    let listed = place_len(t, j);
    if let Some(n) = listed {
        j += n;
    } else {
        while j < start + 4 && t.is_cap(j) {
            j += 1;
        }
    }
    // "điểm cầu Bà Rịa – Vũng Tàu": a province's name written with a dash.
    if j > start && t.is_dash(j) && t.is_cap(j + 1) {
        let mut k = j + 1;
        while k < j + 3 && t.is_cap(k) {
            k += 1;
        }
        if crate::units::province(t.span(start, k)).is_some() {
            j = k;
        }
    }
    // "điểm cầu Trung ương" is the centre, not a jurisdiction of its own.
    let place = t.span(start, j);
    let centre = listed.is_none()
        && (place.eq_ignore_ascii_case("trung ương") || place.starts_with("Trung"));
    Some((j, (j > start && !centre).then(|| place.to_string())))
}

/// For each of `found` (the people of paragraph `t`), the bridge site the
/// paragraph places them at: the last "điểm cầu" before them.
pub fn bridge_places(t: &Tokens, found: &[Found]) -> Vec<Option<String>> {
    // Nearly all paragraphs name no bridge site: one search of the text
    // tells, instead of a look at every token.
    static BRIDGE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("điểm cầu".as_bytes()));
    if BRIDGE.find(t.lower.as_bytes()).is_none() {
        return vec![None; found.len()];
    }
    let mut sites: Vec<(usize, Option<String>)> = Vec::new();
    let mut i = 0;
    while i < t.len() {
        if let Some((end, place)) = bridge_at(t, i) {
            sites.push((end, place));
            i = end;
        } else {
            i += 1;
        }
    }
    found
        .iter()
        .map(|f| {
            sites
                .iter()
                .rev()
                .find(|(end, _)| *end <= f.pos)
                .and_then(|(_, p)| p.clone())
        })
        .collect()
}

/// Gives each merged mention the bridge site one of its spellings was
/// named at (`sites`: name as found, place).
pub fn place_mentions(mentions: &mut [crate::model::Mention], sites: &[(String, String)]) {
    if sites.is_empty() {
        return;
    }
    for m in mentions {
        let key = crate::text::name_key(&m.name);
        m.place = sites
            .iter()
            .find(|(name, _)| crate::text::name_key(name) == key)
            .map(|(_, p)| p.as_str().into());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::people::find_people;

    /// Each person found in `text` with the bridge site they are placed at.
    fn placed(text: &str) -> Vec<(String, Option<String>)> {
        let t = Tokens::new(text);
        let found = find_people(&t);
        let places = bridge_places(&t, &found);
        found
            .iter()
            .zip(places)
            .filter_map(|(f, p)| Some((f.name.clone()?, p)))
            .collect()
    }

    fn at(name: &str, place: Option<&str>) -> (String, Option<String>) {
        (name.to_string(), place.map(str::to_string))
    }

    #[test]
    fn people_after_a_bridge_site_are_placed_there() {
        let by_name = placed(
            "Đồng chí Nguyễn Văn An, Phó Trưởng ban Dân vận Trung ương chủ trì. Tại điểm cầu tỉnh Quảng Trị, đồng chí Lê Thị Bình, Phó Chủ tịch UBND tỉnh dự.",
        );
        assert!(by_name.contains(&at("Nguyễn Văn An", None)), "{by_name:?}");
        assert!(
            by_name.contains(&at("Lê Thị Bình", Some("Quảng Trị"))),
            "{by_name:?}"
        );
    }

    #[test]
    fn a_site_at_a_committee_is_its_place_or_none() {
        let by_name = placed(
            "Tại điểm cầu Thành ủy, đồng chí Trần Văn Cường dự. Tại điểm cầu Tỉnh ủy Lạng Sơn, đồng chí Lê Thị Bình, Phó Chủ tịch UBND tỉnh dự.",
        );
        assert!(by_name.contains(&at("Trần Văn Cường", None)), "{by_name:?}");
        assert!(
            by_name.contains(&at("Lê Thị Bình", Some("Lạng Sơn"))),
            "{by_name:?}"
        );
    }

    #[test]
    fn a_province_written_with_a_dash_is_one_site() {
        let by_name = placed(
            "Tại điểm cầu Bà Rịa – Vũng Tàu, đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Dân vận Tỉnh ủy Phạm Văn Lâm chủ trì.",
        );
        assert!(
            by_name.contains(&at("Phạm Văn Lâm", Some("Bà Rịa – Vũng Tàu"))),
            "{by_name:?}"
        );
    }

    #[test]
    fn the_central_site_places_no_one() {
        let t = Tokens::new("Tại điểm cầu Trung ương, đồng chí Trần Văn Cường chủ trì.");
        let found = find_people(&t);
        assert!(bridge_places(&t, &found).iter().all(Option::is_none));
    }

    #[test]
    fn a_seat_of_the_government_ends_the_site_before_it() {
        let by_name = placed(
            "Tại điểm cầu tỉnh Hà Tĩnh có đồng chí Lê Văn Tâm, Phó Chủ tịch UBND tỉnh. Dự tại điểm cầu Trụ sở Chính phủ có đồng chí Trần Thị Hoa, Phó Thủ tướng Chính phủ.",
        );
        assert!(
            by_name.contains(&at("Lê Văn Tâm", Some("Hà Tĩnh"))),
            "{by_name:?}"
        );
        assert!(by_name.contains(&at("Trần Thị Hoa", None)), "{by_name:?}");
        let by_name =
            placed("Dự tại điểm cầu Chính phủ có đồng chí Trần Thị Hoa, Phó Thủ tướng Chính phủ.");
        assert!(by_name.contains(&at("Trần Thị Hoa", None)), "{by_name:?}");
    }

    #[test]
    fn the_site_of_a_province_may_be_written_with_cua() {
        let by_name = placed(
            "Dự tại điểm cầu Chính phủ có đồng chí Trần Thị Hoa, Phó Thủ tướng. Dự tại điểm cầu của tỉnh Quảng Trị có đồng chí Đỗ Minh Khang, Bí thư Tỉnh ủy.",
        );
        assert!(by_name.contains(&at("Trần Thị Hoa", None)), "{by_name:?}");
        assert!(
            by_name.contains(&at("Đỗ Minh Khang", Some("Quảng Trị"))),
            "{by_name:?}"
        );
    }

    #[test]
    fn a_seat_followed_by_a_place_is_that_place() {
        let by_name = placed(
            "Tại điểm cầu UBND tỉnh Quảng Trị, đồng chí Đỗ Minh Khang, Phó Chủ tịch UBND tỉnh dự.",
        );
        assert!(
            by_name.contains(&at("Đỗ Minh Khang", Some("Quảng Trị"))),
            "{by_name:?}"
        );
    }

    #[test]
    fn a_site_naming_no_place_places_no_one() {
        let by_name = placed(
            "Tại điểm cầu tỉnh Quảng Trị có đồng chí Đỗ Minh Khang, Bí thư Tỉnh ủy; tại điểm cầu các huyện có đồng chí Hà Văn Lực, Bí thư Huyện ủy.",
        );
        assert!(
            by_name.contains(&at("Đỗ Minh Khang", Some("Quảng Trị"))),
            "{by_name:?}"
        );
        assert!(by_name.contains(&at("Hà Văn Lực", None)), "{by_name:?}");
    }
}
