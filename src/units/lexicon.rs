//! Reads the unit lists of `assets/lexicon/` (embedded at build time) into
//! tables with look-up keys. Provinces and districts are read together on
//! first use; the larger commune list only when a commune is asked for.

use super::{Era, Kind, Province, Unit};
use crate::model::Date;
use crate::parse::text::{lower_same_into, may_move_tone, same_key};
use rustc_hash::FxHashSet;
use std::collections::HashMap;
use std::sync::LazyLock;

const PROVINCES: &str = include_str!("../../assets/lexicon/provinces.tsv");
const DISTRICTS: &str = include_str!("../../assets/lexicon/districts.tsv");
const COMMUNES: &str = include_str!("../../assets/lexicon/communes.tsv");

/// Kind words that may open a written place, longest first.
const KIND_WORDS: &[&str] = &[
    "thành phố",
    "thị xã",
    "thị trấn",
    "đặc khu",
    "tỉnh",
    "huyện",
    "quận",
    "phường",
    "xã",
    "tp",
];

/// Provinces and districts with their look-up keys.
pub struct Lexicon {
    pub provinces: Vec<Province>,
    pub province_keys: HashMap<String, usize>,
    /// Keys without diacritics ("hai duong"), for typed filters.
    pub province_folded: HashMap<String, usize>,
    pub districts: Vec<Unit>,
    pub district_keys: HashMap<String, Vec<usize>>,
}

pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let provinces = read_provinces();
    let mut province_keys = HashMap::new();
    let mut province_folded = HashMap::new();
    for (i, p) in provinces.iter().enumerate() {
        for w in std::iter::once(&p.name).chain(&p.variants) {
            province_keys.entry(key(w)).or_insert(i);
            province_folded.entry(fold(&key(w))).or_insert(i);
        }
    }
    let districts: Vec<Unit> = rows(DISTRICTS)
        .filter_map(|c| {
            let mut u = unit(c[0], c[1], c[2], Era::Pre2025, true)?;
            u.variants = c.get(3).map_or(Vec::new(), |v| {
                v.split('|').filter(|s| !s.is_empty()).collect()
            });
            Some(u)
        })
        .collect();
    let mut district_keys: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, u) in districts.iter().enumerate() {
        for w in std::iter::once(&u.name).chain(&u.variants) {
            district_keys.entry(key(w)).or_default().push(i);
        }
    }
    Lexicon {
        provinces,
        province_keys,
        province_folded,
        districts,
        district_keys,
    }
});

/// Communes of both eras, and their look-up keys in one buffer, sorted:
/// one allocation for 11,000 names instead of a map of owned keys.
struct Communes {
    units: Vec<Unit>,
    /// All keys one after another.
    keys: String,
    /// (start, end) of a key in `keys` and the unit's index, by key.
    index: Vec<(u32, u32, u32)>,
}

impl Communes {
    fn key_of(&self, &(start, end, _): &(u32, u32, u32)) -> &str {
        self.keys.get(start as usize..end as usize).unwrap_or("")
    }
}

static COMMUNE_TABLE: LazyLock<Communes> = LazyLock::new(|| {
    let units: Vec<Unit> = rows(COMMUNES)
        .filter_map(|c| unit(c[0], c[1], c[2], era(c.get(3).copied()?)?, false))
        .collect();
    let mut keys = String::with_capacity(COMMUNES.len() / 2);
    let mut index = Vec::with_capacity(units.len());
    let mut lower = String::new();
    for (i, u) in units.iter().enumerate() {
        let start = keys.len();
        key_into(u.name, &mut lower, &mut keys);
        // The list is a few megabytes at most: offsets fit in u32.
        let (Ok(s), Ok(e), Ok(i)) = (
            u32::try_from(start),
            u32::try_from(keys.len()),
            u32::try_from(i),
        ) else {
            break;
        };
        index.push((s, e, i));
    }
    let mut table = Communes {
        units,
        keys,
        index: Vec::new(),
    };
    // A stable sort keeps namesakes in the list's order.
    index.sort_by(|a, b| table.key_of(a).cmp(table.key_of(b)));
    table.index = index;
    table
});

/// Appends the key of a listed name to `out`: the list writes names
/// without kind words or dots, so lower case (and the tone placement of
/// `same_key`, rarely needed) is the key; other names take `key`.
fn key_into(name: &str, lower: &mut String, out: &mut String) {
    lower_same_into(name, lower);
    let kind = KIND_WORDS.iter().any(|w| {
        lower
            .strip_prefix(w)
            .is_some_and(|r| r.starts_with([' ', '.']))
    });
    let plain = !name.contains(['-', '–', '—', '.', ',', ';', ':', '\'', '’'])
        && !name.contains("  ")
        && !kind
        && !may_move_tone(lower);
    if plain {
        out.push_str(lower);
    } else {
        out.push_str(&key(name));
    }
}

pub fn communes() -> &'static [Unit] {
    &COMMUNE_TABLE.units
}

/// The keys of every district and commune of both eras: the parser asks
/// whether a name is a unit's inside titles, where listing the units is
/// not needed.
static UNIT_KEYS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    let t = &*COMMUNE_TABLE;
    LEXICON
        .district_keys
        .iter()
        .filter(|(_, units)| units.iter().any(|&i| LEXICON.districts.get(i).is_some()))
        .map(|(k, _)| k.as_str())
        .chain(
            t.index
                .iter()
                .filter(|&&(_, _, i)| t.units.get(i as usize).is_some())
                .map(|e| t.key_of(e)),
        )
        .collect()
});

/// Whether some district or commune is under the key `k`.
pub fn is_unit_key(k: &str) -> bool {
    UNIT_KEYS.contains(k)
}

/// Districts and communes under the key `k` (districts first).
pub fn units_named(k: &str) -> Vec<&'static Unit> {
    let mut out: Vec<&'static Unit> = LEXICON
        .district_keys
        .get(k)
        .into_iter()
        .flatten()
        .filter_map(|&i| LEXICON.districts.get(i))
        .collect();
    out.extend(communes_keyed(k));
    out
}

/// Communes (not districts) under the key `k`.
pub fn communes_keyed(k: &str) -> impl Iterator<Item = &'static Unit> + use<'_> {
    let t = &*COMMUNE_TABLE;
    let from = t.index.partition_point(|e| t.key_of(e) < k);
    t.index[from..]
        .iter()
        .take_while(move |e| t.key_of(e) == k)
        .filter_map(|&(_, _, i)| t.units.get(i as usize))
}

/// The look-up key of a written place: `same_key` (case, tone placement),
/// dashes and dots as spaces, an apostrophe glued to the syllable after it
/// ("Đạ K' Nàng", "Đạ K’Nàng" -> "đạ k'nàng": the lists and the press space
/// it either way), and no kind word in front ("Tỉnh Thừa Thiên - Huế" ->
/// "thừa thiên huế").
#[must_use]
pub fn key(written: &str) -> String {
    let mut k = same_key(&written.replace(['-', '–', '—', '.', ','], " "));
    if k.contains(['\'', '’']) {
        k = k.replace('’', "'").replace("' ", "'");
    }
    let rest = KIND_WORDS
        .iter()
        .find_map(|w| k.strip_prefix(w).and_then(|r| r.strip_prefix(' ')))
        .unwrap_or(&k);
    rest.trim().to_string()
}

/// `key` without diacritics ("hải dương" -> "hai duong").
#[must_use]
pub fn fold(key: &str) -> String {
    use unicode_normalization::char::is_combining_mark;
    use unicode_normalization::UnicodeNormalization;
    key.nfd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| if c == 'đ' { 'd' } else { c })
        .collect()
}

/// The kind word opening `written`, if any.
pub fn kind_word(written: &str) -> Option<&'static str> {
    let k = same_key(written);
    KIND_WORDS
        .iter()
        .find(|w| {
            k.strip_prefix(**w)
                .is_some_and(|r| r.starts_with([' ', '.']))
        })
        .copied()
}

/// Whether the kind word `w` names units of `kind`.
pub fn same_kind_word(w: &str, kind: Kind) -> bool {
    w == kind.as_str() || (w == "tp" && kind.as_str() == "thành phố")
}

/// The data rows of a list: not blank, not a `#` comment, split on tabs.
fn rows(text: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    text.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect::<Vec<_>>())
        .filter(|c| c.len() >= 3)
}

fn read_provinces() -> Vec<Province> {
    let mut out: Vec<Province> = rows(PROVINCES)
        .filter_map(|c| {
            Some(Province {
                name: c[0],
                kind: if c[1] == "thành phố" {
                    Kind::CentralCity
                } else {
                    Kind::Province
                },
                era: era(c[2])?,
                merged_into: c.get(3).copied().filter(|s| !s.is_empty()),
                merged_from: Vec::new(),
                variants: c
                    .get(4)
                    .map(|v| v.split('|').filter(|s| !s.is_empty()).collect())
                    .unwrap_or_default(),
                central_since: c.get(5).and_then(|d| parse_day(d)),
            })
        })
        .collect();
    let pairs: Vec<(&'static str, &'static str)> = out
        .iter()
        .filter_map(|p| Some((p.name, p.merged_into?)))
        .collect();
    for (from, into) in pairs {
        if let Some(p) = out.iter_mut().find(|p| p.name == into) {
            p.merged_from.push(from);
        }
    }
    out
}

/// "2025-01-01" -> that day.
fn parse_day(s: &str) -> Option<Date> {
    let mut parts = s.split('-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    let day = parts.next()?.parse().ok()?;
    Date::new(year, month, day)
}

fn era(s: &str) -> Option<Era> {
    match s {
        "pre2025" => Some(Era::Pre2025),
        "post2025" => Some(Era::Post2025),
        "both" => Some(Era::Both),
        _ => None,
    }
}

fn unit(
    name: &'static str,
    kind: &str,
    province: &'static str,
    era: Era,
    district: bool,
) -> Option<Unit> {
    let kind = match kind {
        "thành phố" if district => Kind::ProvincialCity,
        "quận" => Kind::UrbanDistrict,
        "huyện" => Kind::RuralDistrict,
        "thị xã" => Kind::Town,
        "phường" => Kind::Ward,
        "xã" => Kind::Commune,
        "thị trấn" => Kind::Township,
        "đặc khu" => Kind::SpecialZone,
        _ => return None,
    };
    Some(Unit {
        name,
        kind,
        province,
        era,
        variants: Vec::new(),
    })
}
