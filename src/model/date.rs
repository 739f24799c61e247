//! A calendar date without time zone, serialized as ISO `yyyy-mm-dd`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A valid Gregorian calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Builds a date, or `None` when the day does not exist in that month.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Parses `yyyy-mm-dd`.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let mut it = s.splitn(3, '-');
        let y = it.next()?.parse().ok()?;
        let m = it.next()?.parse().ok()?;
        let d = it.next()?.parse().ok()?;
        Date::new(y, m, d)
    }

    /// Days since a fixed origin, exact across months and leap years: the
    /// number of days between two dates is the difference.
    pub fn day_ordinal(self) -> i32 {
        let (y, m) = if self.month <= 2 {
            (i32::from(self.year) - 1, i32::from(self.month) + 12)
        } else {
            (i32::from(self.year), i32::from(self.month))
        };
        365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + i32::from(self.day)
    }

    /// A number that grows with the date, every month taken as 31 days:
    /// cheap, and near enough for order and rough gaps, not exact spans.
    pub fn rough_day_number(self) -> u32 {
        u32::from(self.year) * 372 + u32::from(self.month) * 31 + u32::from(self.day)
    }
}

/// Number of days in `month` of `year`.
pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// ISO text in JSON; in binary formats (a store's saved catalog) one
/// packed number, `year << 9 | month << 5 | day`.
impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            s.collect_str(self)
        } else {
            s.serialize_u32(self.pack())
        }
    }
}

/// No date, as `Date::packed` writes it: no date packs to it, a year
/// taking 16 bits.
const NO_DATE: u32 = u32::MAX;

impl Date {
    /// The date as the one number binary formats keep.
    fn pack(self) -> u32 {
        (u32::from(self.year) << 9) | (u32::from(self.month) << 5) | u32::from(self.day)
    }

    /// The date `pack` made `n`; `None` when `n` is none.
    fn unpack(n: u32) -> Option<Date> {
        Date::new((n >> 9) as u16, ((n >> 5) & 15) as u8, (n & 31) as u8)
    }

    /// An optional date as one number: a date as it writes itself to a
    /// binary format, `NO_DATE` for none.
    pub fn packed(date: Option<Date>) -> u32 {
        date.map_or(NO_DATE, Date::pack)
    }

    /// The optional date `packed` wrote as `n`; `None` when `n` is neither.
    pub fn unpacked(n: u32) -> Option<Option<Date>> {
        if n == NO_DATE {
            return Some(None);
        }
        Date::unpack(n).map(Some)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        if !d.is_human_readable() {
            let n = u32::deserialize(d)?;
            return Date::unpack(n)
                .ok_or_else(|| serde::de::Error::custom(format!("not a date: {n}")));
        }
        let s = String::deserialize(d)?;
        Date::parse_iso(&s).ok_or_else(|| serde::de::Error::custom(format!("not a date: {s}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_ordinals_count_the_days_between_dates_and_rough_numbers_keep_their_order() {
        let d = |y, m, day| Date::new(y, m, day).unwrap();
        assert_eq!(
            d(2024, 3, 1).day_ordinal() - d(2024, 2, 28).day_ordinal(),
            2
        );
        assert_eq!(
            d(2025, 3, 1).day_ordinal() - d(2025, 2, 28).day_ordinal(),
            1
        );
        assert_eq!(
            d(2026, 1, 1).day_ordinal() - d(2025, 1, 1).day_ordinal(),
            365
        );
        let dates = [
            d(2024, 12, 31),
            d(2025, 1, 1),
            d(2025, 2, 28),
            d(2025, 3, 1),
        ];
        assert!(dates
            .windows(2)
            .all(|w| w[0].rough_day_number() < w[1].rough_day_number()));
    }

    #[test]
    fn rejects_impossible_days_and_round_trips_iso() {
        assert!(Date::new(2023, 2, 29).is_none());
        assert!(Date::new(2024, 2, 29).is_some());
        let d = Date::new(2021, 7, 13).unwrap();
        assert_eq!(d.to_string(), "2021-07-13");
        assert_eq!(Date::parse_iso("2021-07-13"), Some(d));
    }
}
