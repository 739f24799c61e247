//! Stamps a blog engine or a site abroad prints in its own locale, the
//! month in English or French words ("Monday, October 5, 2015", "5 Oct
//! 2015", "lundi 5 octobre 2015"): Vietnamese pages republished there
//! carry no other stamp. Only a line that is nothing but such a stamp is
//! read, so that an English word in running text dates nothing.

use super::num;
use crate::model::Date;
use crate::parse::rx::Rx;
use std::sync::LazyLock;

/// Month names and their numbers, longest spelling first so that "mars"
/// is not read as "mar", nor "tháng mười hai" as "tháng mười". The
/// Vietnamese words are a blog engine's own locale ("13 Tháng Tư, 2021"),
/// never how a reporter writes a month.
const MONTHS: [(&str, u8); 48] = [
    ("tháng mười một", 11),
    ("tháng mười hai", 12),
    ("tháng một", 1),
    ("tháng hai", 2),
    ("tháng ba", 3),
    ("tháng tư", 4),
    ("tháng năm", 5),
    ("tháng sáu", 6),
    ("tháng bảy", 7),
    ("tháng tám", 8),
    ("tháng chín", 9),
    ("tháng mười", 10),
    ("january", 1),
    ("janvier", 1),
    ("february", 2),
    ("février", 2),
    ("march", 3),
    ("mars", 3),
    ("april", 4),
    ("avril", 4),
    ("june", 6),
    ("juin", 6),
    ("july", 7),
    ("juillet", 7),
    ("august", 8),
    ("août", 8),
    ("september", 9),
    ("septembre", 9),
    ("sept", 9),
    ("october", 10),
    ("octobre", 10),
    ("november", 11),
    ("novembre", 11),
    ("december", 12),
    ("décembre", 12),
    ("may", 5),
    ("mai", 5),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// A whole line of one stamp: the engine's word for posting maybe
/// ("Posted on", "Đăng ngày"), a weekday maybe, the day and the month
/// either way round, the year, maybe the time ("at 8:12 AM") and maybe
/// the account that posted it ("by admin", "bởi admin").
static STAMP: LazyLock<Rx> = LazyLock::new(|| {
    let months = MONTHS.iter().map(|(m, _)| *m).collect::<Vec<_>>().join("|");
    Rx::new(&format!(
        r"^(?i:(?:(?:posted|published|updated)(?:\s+on)?|đăng ngày|ngày đăng|cập nhật)\s*:?\s+)?(?i:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\.?,?\s+)?(?i:([0-9]{{1,2}})(?:er)?\.?\s+({months})\.?,?\s+((?:19|20)[0-9]{{2}})|({months})\.?\s+([0-9]{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)[0-9]{{2}}))(?i:,?\s*(?:at|à|[-–|])?\s*[0-9]{{1,2}}[:h][0-9]{{2}}(?::[0-9]{{2}})?(?:\s*[ap]\.?m\.?)?)?(?i:\s+(?:by|bởi)\s+[^0-9]{{1,30}})?$"
    ))
});

/// The date of a line that is one stamp with its month in English or
/// French words, or none.
pub fn foreign_stamp(line: &str) -> Option<Date> {
    let line = line.trim();
    // Every such stamp holds a day and a four-figure year: a cheap test
    // first, as every short line of a page is asked.
    if line.len() > 60 || line.bytes().filter(u8::is_ascii_digit).count() < 5 {
        return None;
    }
    let c = STAMP.captures(line)?;
    let (d, m, y) = if c.get(1).is_some() {
        (c.get(1), c.get(2)?, c.get(3))
    } else {
        (c.get(5), c.get(4)?, c.get(6))
    };
    let name = m.as_str().to_lowercase();
    let month = MONTHS.iter().find(|(n, _)| *n == name).map(|(_, k)| *k)?;
    Date::new(num(y)?, month, num(d)?)
}

/// Whether the pattern compiles (for the module's tests).
#[cfg(test)]
pub(super) fn compiled() -> bool {
    STAMP.compiled()
}
