//! Where a report places the people it names. At an online conference
//! each "điểm cầu" (bridge site) is a place, and the officials named
//! after "Tại điểm cầu tỉnh Nghệ An, …" act there: that place is the
//! jurisdiction of their titles that name none. Reads tokens only; the
//! catalog decides what a place means.

use super::people::Found;
use super::titles::place_len;
use super::tokens::Tokens;

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

/// The place named after "điểm cầu" at token `i`, and where it ends.
fn bridge_at(t: &Tokens, i: usize) -> Option<(usize, String)> {
    if t.low(i) != "điểm" || t.phrase(i, 2) != Some("điểm cầu") {
        return None;
    }
    let mut j = i + 2;
    // "điểm cầu Thành ủy (Cần Thơ)": the committee's place, if written.
    if t.is_cap(j) && matches!(t.low(j + 1), "ủy" | "uỷ") {
        j += 2;
        if matches!(t.low(j), "xã" | "phường") {
            j += 1;
        }
    } else if let Some(n) = (1..=2)
        .rev()
        .find(|&n| t.phrase(j, n).is_some_and(|p| UNIT_WORDS.contains(&p)))
    {
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
    (j > start && !centre).then(|| (j, place.to_string()))
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
    let mut sites: Vec<(usize, String)> = Vec::new();
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
                .map(|(_, p)| p.clone())
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
}
