//! Vietnam's administrative units as data: the 63 provinces and ~700
//! districts before the 2025 reorganisation, the 34 provinces after it
//! (Resolution 202/2025/QH15, in force 1 July 2025), communes of both eras,
//! and the old -> new province mapping. Names are looked up as written
//! ("tỉnh Nghệ An", "TP.HCM", "TT-Huế", "Hoà Bình"). The lists live in
//! `assets/lexicon/` and are read on first use; nothing here parses reports.

mod lexicon;
#[cfg(test)]
mod tests;

use crate::model::{Date, Level};
pub use lexicon::key;
use lexicon::{Lexicon, LEXICON};

/// The day the two-level local government and the 34 provinces took effect.
pub const REFORM: Date = Date {
    year: 2025,
    month: 7,
    day: 1,
};

/// When a unit existed: before 1 July 2025, from then on, or both.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Era {
    /// Abolished or merged on 1 July 2025.
    Pre2025,
    /// Created on 1 July 2025.
    Post2025,
    /// Existed on both sides of 1 July 2025.
    Both,
}

impl Era {
    /// Whether a unit of this era existed on `date` (any era when unknown).
    #[must_use]
    pub fn exists_at(self, date: Option<Date>) -> bool {
        match (self, date) {
            (Era::Both, _) | (_, None) => true,
            (Era::Pre2025, Some(d)) => d < REFORM,
            (Era::Post2025, Some(d)) => d >= REFORM,
        }
    }
}

/// The kind of an administrative unit, as Vietnamese names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Tỉnh.
    Province,
    /// Thành phố trực thuộc trung ương (Hà Nội, Hồ Chí Minh …).
    CentralCity,
    /// Quận (urban district).
    UrbanDistrict,
    /// Huyện (rural district).
    RuralDistrict,
    /// Thị xã (district-level town).
    Town,
    /// Thành phố thuộc tỉnh (a province's city, district level).
    ProvincialCity,
    /// Phường (ward).
    Ward,
    /// Xã (commune).
    Commune,
    /// Thị trấn (commune-level township).
    Township,
    /// Đặc khu (special zone, commune level, from 2025).
    SpecialZone,
}

impl Kind {
    /// One kind for each word written before a unit's name: "thành phố"
    /// is read as a centrally-run city's.
    pub const WRITTEN: [Kind; 9] = [
        Kind::Province,
        Kind::CentralCity,
        Kind::UrbanDistrict,
        Kind::RuralDistrict,
        Kind::Town,
        Kind::Ward,
        Kind::Commune,
        Kind::Township,
        Kind::SpecialZone,
    ];

    /// The word written before the name ("huyện", "thành phố" …).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Province => "tỉnh",
            Kind::CentralCity | Kind::ProvincialCity => "thành phố",
            Kind::UrbanDistrict => "quận",
            Kind::RuralDistrict => "huyện",
            Kind::Town => "thị xã",
            Kind::Ward => "phường",
            Kind::Commune => "xã",
            Kind::Township => "thị trấn",
            Kind::SpecialZone => "đặc khu",
        }
    }

    /// The level of government a unit of this kind is.
    #[must_use]
    pub fn level(self) -> Level {
        match self {
            Kind::Province | Kind::CentralCity => Level::Provincial,
            Kind::UrbanDistrict | Kind::RuralDistrict | Kind::Town | Kind::ProvincialCity => {
                Level::District
            }
            Kind::Ward | Kind::Commune | Kind::Township | Kind::SpecialZone => Level::Commune,
        }
    }
}

/// A province or centrally-run city, of either era.
#[derive(Debug)]
pub struct Province {
    /// Its name without the kind word ("Nghệ An", "Hồ Chí Minh").
    pub name: &'static str,
    /// `Kind::Province` or `Kind::CentralCity` (the current kind).
    pub kind: Kind,
    /// When it existed.
    pub era: Era,
    /// The post-2025 province it became part of, for a merged one.
    pub merged_into: Option<&'static str>,
    /// The pre-2025 provinces merged into it on 1 July 2025.
    pub merged_from: Vec<&'static str>,
    /// Other ways of writing it ("TP.HCM", "TT-Huế", "Đăk Lăk").
    pub variants: Vec<&'static str>,
    /// For a city that became centrally run recently, since when (Huế:
    /// 1 January 2025); `None` for the others.
    pub central_since: Option<Date>,
}

impl Province {
    /// Whether it was a centrally-run city on `date` (as it is now when
    /// the date is unknown).
    #[must_use]
    pub fn central_at(&self, date: Option<Date>) -> bool {
        self.kind == Kind::CentralCity
            && self
                .central_since
                .is_none_or(|since| date.is_none_or(|d| d >= since))
    }

    /// The province this one is part of on `date`: itself before 1 July
    /// 2025 (or when it was not merged), else the one it merged into.
    #[must_use]
    pub fn at(&'static self, date: Option<Date>) -> &'static Province {
        match (self.merged_into, date) {
            (Some(into), Some(d)) if d >= REFORM => province(into).unwrap_or(self),
            _ => self,
        }
    }
}

/// A district, commune, ward, township or special zone.
#[derive(Debug)]
pub struct Unit {
    /// Its name without the kind word ("Tiên Yên").
    pub name: &'static str,
    /// What kind of unit it is.
    pub kind: Kind,
    /// The province it belonged to in its era.
    pub province: &'static str,
    /// When it existed (districts are all `Era::Pre2025`).
    pub era: Era,
    /// Other ways the press writes it ("Mù Cang Chải" for "Mù Căng Chải").
    pub variants: Vec<&'static str>,
}

/// All provinces of both eras (63 before 1 July 2025, 34 after).
#[must_use]
pub fn provinces() -> &'static [Province] {
    &lexicon().provinces
}

/// The centrally-run cities on `date` (Hà Nội, Hồ Chí Minh …; Huế only
/// from 2025).
pub fn central_cities(date: Option<Date>) -> impl Iterator<Item = &'static Province> {
    provinces().iter().filter(move |p| p.central_at(date))
}

/// All pre-2025 districts.
#[must_use]
pub fn districts() -> &'static [Unit] {
    &lexicon().districts
}

/// All communes, wards, townships and special zones of both eras (names of
/// two or more syllables).
#[must_use]
pub fn communes() -> &'static [Unit] {
    lexicon::communes()
}

/// The province written as `written`, with or without its kind word or a
/// variant spelling ("Nghệ An", "tỉnh Nghệ An", "TP.HCM", "Thừa Thiên Huế"),
/// or typed without diacritics ("nghe an").
#[must_use]
pub fn province(written: &str) -> Option<&'static Province> {
    let l = lexicon();
    let k = key(written);
    l.province_keys
        .get(&k)
        .or_else(|| l.province_folded.get(&lexicon::fold(&k)))
        .and_then(|&i| l.provinces.get(i))
}

/// The district or commune written as `written` ("huyện Tiên Yên", "xã
/// Tân Lập"). A kind word narrows the choice; among namesakes the first
/// district wins, then a commune of the current era.
#[must_use]
pub fn unit(written: &str) -> Option<&'static Unit> {
    let kind = lexicon::kind_word(written);
    units_named(written)
        .into_iter()
        .filter(|u| kind.is_none_or(|k| lexicon::same_kind_word(k, u.kind)))
        .min_by_key(|u| (u.kind.level() != Level::District, u.era == Era::Pre2025))
}

/// The pre-2025 district written as `written` ("huyện Tiên Yên", "Tiên
/// Yên"), without reading the commune list.
#[must_use]
pub fn district(written: &str) -> Option<&'static Unit> {
    let l = lexicon();
    let kind = lexicon::kind_word(written);
    l.district_keys
        .get(&key(written))?
        .iter()
        .filter_map(|&i| l.districts.get(i))
        .find(|u| kind.is_none_or(|k| lexicon::same_kind_word(k, u.kind)))
}

/// Every district and commune of either era with the name `written` (the
/// same name is often used in several provinces).
#[must_use]
pub fn units_named(written: &str) -> Vec<&'static Unit> {
    lexicon::units_named(&key(written))
}

/// The level of the kind of unit whose word opens `written` ("phường Đức
/// Xuân", "đặc khu Cô Tô", "tỉnh Lào Cai"), or none when no kind word
/// opens it ("ubnd tỉnh", "quân sự tỉnh"). "thành phố" is read as a
/// centrally-run city's.
#[must_use]
pub fn kind_level(written: &str) -> Option<Level> {
    let word = lexicon::kind_word(written)?;
    Kind::WRITTEN
        .into_iter()
        .find(|k| lexicon::same_kind_word(word, *k))
        .map(Kind::level)
}

/// Whether some district or commune of either era has the name `written`:
/// `!units_named(written).is_empty()`, told by one look-up of its key.
#[must_use]
pub fn is_unit_name(written: &str) -> bool {
    lexicon::is_unit_key(&key(written))
}

/// The communes, wards, townships and special zones of either era under
/// the look-up key `k` (see [`key`]), without reading the district list.
pub fn communes_named(k: &str) -> impl Iterator<Item = &'static Unit> + use<'_> {
    lexicon::communes_keyed(k)
}

/// The names a place filter should match for `written`: the province
/// itself, the province it merged into and those merged into it ("Hải
/// Dương" -> Hải Dương, Hải Phòng). Empty for an unknown place.
#[must_use]
pub fn filter_names(written: &str) -> Vec<&'static str> {
    let Some(p) = province(written) else {
        return Vec::new();
    };
    let mut out = vec![p.name];
    out.extend(p.merged_into);
    out.extend(p.merged_from.iter().copied());
    out
}

/// Whether a filter for the place `query` matches a report about `place`
/// dated `date`: the same province, or (from 1 July 2025, or with no date)
/// provinces that are one after the mergers. A pre-2025 "Tỉnh ủy Hải Dương"
/// report stays in Hải Dương; a 2026 report on Hải Phòng is found by "Hải
/// Dương" too. Places that are not provinces match by key.
#[must_use]
pub fn same_place(query: &str, place: &str, date: Option<Date>) -> bool {
    match (province(query), province(place)) {
        (Some(q), Some(p)) if std::ptr::eq(q, p) => true,
        (Some(q), Some(p)) => {
            date.is_none_or(|d| d >= REFORM) && std::ptr::eq(q.at(Some(REFORM)), p.at(Some(REFORM)))
        }
        _ => key(query) == key(place),
    }
}

fn lexicon() -> &'static Lexicon {
    &LEXICON
}
