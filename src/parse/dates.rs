//! Publication and event dates. The publication date is the first full
//! date stamped in the page header ("Thứ Năm, 23/02/2023 09:00",
//! "19:07 13/07/2021", "13/04/2022    131"). The event date is the first
//! dated time phrase of the lead ("Sáng 13-7", "sáng nay (29/12)", "Chiều
//! 22/2", "Sáng ngày 6/4/2022", "Ngày 5/3/2022"); without a year it is the
//! latest such day not after the publication date, or, with no publication
//! date, in the year the text names most.

use super::rx::Rx;
use crate::model::Date;
use std::sync::LazyLock;

static FULL: LazyLock<Rx> = LazyLock::new(|| {
    Rx::new(r"(?:^|[^0-9])([0-9]{1,2})\s*[/.-]\s*([0-9]{1,2})\s*[/.-]+\s*([0-9]{4})(?:$|[^0-9])")
});
/// "12 tháng 1 năm 2026", also "12 Tháng 1, 2026", "12 Th1, 2026",
/// "12 Tháng 1 2026" (a CMS stamp that drops both "năm" and the comma) and
/// "12 tháng 1 , 2026" (a site's clock that spaces the comma off).
static WORDY: LazyLock<Rx> = LazyLock::new(|| {
    Rx::new(
        r"([0-9]{1,2}) (?:(?:tháng|Tháng) |[Tt]h)([0-9]{1,2})(?: (?:năm|Năm)| ?,)? ((?:19|20)[0-9]{2})(?:$|[^0-9]|[0-2][0-9]:[0-5][0-9])",
    )
});
/// A month named in words, as a CMS's Vietnamese locale prints it: "15
/// Tháng Mười Một, 2024", "Tháng Mười Một 15, 2024"; the time may follow
/// the year with no space ("30 Tháng Năm 201612:31 SA").
static MONTH_NAMED: LazyLock<Rx> = LazyLock::new(|| {
    Rx::new(
        r"(?i:([0-9]{1,2}) tháng (mười một|mười hai|một|hai|ba|tư|năm|sáu|bảy|tám|chín|mười),? ((?:19|20)[0-9]{2})|tháng (mười một|mười hai|một|hai|ba|tư|năm|sáu|bảy|tám|chín|mười) ([0-9]{1,2}),? ((?:19|20)[0-9]{2}))(?:$|[^0-9]|[0-2][0-9]:[0-5][0-9])",
    )
});

/// The number of a month named in words ("mười một": 11).
fn month_number(name: &str) -> Option<u8> {
    const MONTHS: [&str; 12] = [
        "một",
        "hai",
        "ba",
        "tư",
        "năm",
        "sáu",
        "bảy",
        "tám",
        "chín",
        "mười",
        "mười một",
        "mười hai",
    ];
    let name = name.to_lowercase();
    let at = MONTHS.iter().position(|m| *m == name)?;
    u8::try_from(at + 1).ok()
}

/// A stamp with its month named in words ("15 Tháng Mười Một, 2024"), as
/// a CMS's locale prints it.
pub fn month_named(s: &str) -> Option<Date> {
    let c = MONTH_NAMED.captures(s)?;
    let (d, m, y) = if c.get(1).is_some() {
        (c.get(1), c.get(2), c.get(3))
    } else {
        (c.get(5), c.get(4), c.get(6))
    };
    Date::new(num(y)?, month_number(m?.as_str())?, num(d)?)
}

/// A stamp alone on its line with spaces for separators ("16 11 2025").
static SPACED: LazyLock<Rx> =
    LazyLock::new(|| Rx::new(r"^([0-9]{1,2}) ([0-9]{1,2}) ((?:19|20)[0-9]{2})$"));
/// A stamp written year first ("2026-01-12 10:15", "2026/01/12").
static ISO: LazyLock<Rx> = LazyLock::new(|| {
    Rx::new(
        r"(?:^|[^0-9])((?:19|20)[0-9]{2})-([0-9]{1,2})-([0-9]{1,2})(?:$|[^0-9])|(?:^|[^0-9/])((?:19|20)[0-9]{2})/([0-9]{2})/([0-9]{2})(?:$|[^0-9/])",
    )
});
/// The time phrase that opens an event date ("sáng", "chiều nay", "ngày"),
/// with "mùng" before a day of the first ten ("Sáng mùng 4/11").
const WHEN: &str = r"(?:^|[^\p{L}])(?:(?:sáng sớm|rạng sáng|chiều tối|tối muộn|đêm khuya|sáng|chiều|tối|trưa|đêm|hôm|ngày|mùng|mồng)(?: (?:nay|qua|mai),?)?(?:,? (?:thứ (?:hai|ba|tư|năm|sáu|bảy|[0-9])|chủ nhật),?)?(?: ngày)?(?: mùng| mồng)?|(?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật) ?\(|vào|từ)\s*\(?\s*";
static EVENT: LazyLock<Rx> = LazyLock::new(|| {
    // "Sáng 19.12" and "Ngày 4.8.2017" are dotted; a number such as "từ
    // 1.500" is not a date (the month must end the number). "Ngày 20 – 6"
    // parts day and month with a spaced en dash.
    Rx::new(&format!(
        r"{WHEN}([0-9]{{1,2}})(?:\s*[/.-]\s*| – )([0-9]{{1,2}})(?:\s*[/.-]\s*([0-9]{{4}}))?(?:[^0-9]|$)"
    ))
});
/// "Ngày 5 tháng 3 năm 2024", and the first day of a range of days in
/// words ("Trong 2 ngày 18 và 19 tháng 6 năm 2010").
static EVENT_WORDY: LazyLock<Rx> = LazyLock::new(|| {
    Rx::new(&format!(
        r"{WHEN}([0-9]{{1,2}})(?:\s*(?:[-–,]|và|đến)(?: ngày)?\s*[0-9]{{1,2}}){{0,4}} tháng ([0-9]{{1,2}})(?:,? năm ([0-9]{{4}}))?"
    ))
});
/// A year named with the period a report covers ("quý I/2018", "năm 2021").
static PERIOD_YEAR: LazyLock<Rx> = LazyLock::new(|| {
    Rx::new(
        // A period ("giai đoạn 2020 - 2022") is reviewed after its last
        // year; a term ("nhiệm kỳ 2025-2030", also spelt "nhiệm kì") is
        // opened in its first.
        r"(?i:quý [ivx]+|tháng [0-9]{1,2}|năm|giai đoạn)\s?[/ ]\s?(?:(?:19[5-9]|20[0-9])[0-9]\s?[-–]\s?)?((?:19[5-9]|20[0-9])[0-9])(?:[^0-9/]|$)|(?i:nhiệm k[ỳì](?: tới| mới| tiếp theo)?) \(?((?:19[5-9]|20[0-9])[0-9])(?:\s?[-–]\s?((?:19[5-9]|20[0-9])[0-9]))?",
    )
});
/// A review or an anniversary of a span of years ("tổng kết 10 năm thực
/// hiện", "kỷ niệm 95 năm Ngày truyền thống").
static REVIEWED_SPAN: LazyLock<Rx> =
    LazyLock::new(|| Rx::new(r"(?i:tổng kết|sơ kết|kỷ niệm) ([0-9]{1,3}) năm "));
/// Any year since 1800: what an anniversary counts from ("15/10/1930").
static ANY_YEAR: LazyLock<Rx> =
    LazyLock::new(|| Rx::new(r"(?:^|[^0-9.])(1[89][0-9]{2}|20[0-9]{2})(?:$|[^0-9])"));
static RANGE: LazyLock<Rx> = LazyLock::new(|| {
    Rx::new(
        // "Trong các ngày 13, 14 và 15-8": a list of days in one month.
        // "Chiều 16 và sáng 17/10": a sitting over parts of two days, each
        // day after its part. Official portals pad the count of days
        // with a zero ("trong 02 ngày, …").
        r"(?:^|[^\p{L}])(?:ngày|từ ngày|từ|trong (?:hai|ba|bốn|0?[2-4]) ngày,?|sáng|chiều|tối|trưa)\s*\(?\s*([0-9]{1,2})(?:\s*(?:[-–,]|và|đến)(?: ngày| sáng| chiều| tối| trưa)?\s*[0-9]{1,2}){1,4}\s*[/.-]\s*([0-9]{1,2})(?:\s*[/.-]\s*([0-9]{4}))?(?:[^0-9]|$)",
    )
});
static RELATIVE: LazyLock<Rx> = LazyLock::new(|| {
    // "Ngày mai" is tomorrow; "ngày nay" (nowadays) and "những ngày qua"
    // (these days) date nothing.
    Rx::new(
        r"(?:^|[^\p{L}])(?:(?:sáng|chiều|tối|trưa|hôm|đêm) (nay|qua|mai)|ngày (mai))(?:[^\p{L}]|$)",
    )
});
static YEAR: LazyLock<Rx> =
    LazyLock::new(|| Rx::new(r"(?:^|[^0-9])((?:19[5-9]|20[0-9])[0-9])(?:$|[^0-9])"));

fn num<T: std::str::FromStr>(c: Option<regex::Match>) -> Option<T> {
    c?.as_str().parse().ok()
}

/// The first valid full date (d/m/yyyy, or "ngày d tháng m năm yyyy") in `s`.
pub fn full_date(s: &str) -> Option<Date> {
    FULL.captures_iter(s)
        .chain(WORDY.captures_iter(s))
        .find_map(|c| Date::new(num(c.get(3))?, num(c.get(2))?, num(c.get(1))?))
        .or_else(|| {
            ISO.captures_iter(s).find_map(|c| {
                let (y, m, d) = if c.get(1).is_some() {
                    (1, 2, 3)
                } else {
                    (4, 5, 6)
                };
                Date::new(num(c.get(y))?, num(c.get(m))?, num(c.get(d))?)
            })
        })
}

/// The publication date: the earliest full date among the header stamps
/// (a page may show today's date above the article's, or when it was
/// last updated beside when it was posted).
pub fn published(header_dates: &[String]) -> Option<Date> {
    header_dates
        .iter()
        .filter_map(|s| {
            us_stamp(s)
                .or_else(|| full_date(s))
                .or_else(|| short_year(s))
                .or_else(|| spaced(s))
                .or_else(|| month_named(s))
                .or_else(|| foreign::foreign_stamp(s))
        })
        .min()
}

/// A stamp in a server's American default ("10/3/2022 12:00:00 AM",
/// month first, no zero before the day or month, seconds and AM or PM),
/// which a Vietnamese page never writes by hand: 3 October 2022.
static US_STAMP: LazyLock<Rx> = LazyLock::new(|| {
    Rx::new(
        r"^([1-9]|1[0-2])/([1-9]|[12][0-9]|3[01])/((?:19|20)[0-9]{2}) [0-9]{1,2}:[0-9]{2}:[0-9]{2} [AP]M\b",
    )
});

fn us_stamp(stamp: &str) -> Option<Date> {
    let c = US_STAMP.captures(stamp.trim())?;
    Date::new(num(c.get(3))?, num(c.get(1))?, num(c.get(2))?)
}

/// Most bytes into the lead at which a date still opens it ("Ngày
/// 16/3/2018, …", "Trong 2 ngày 18 và 19 tháng 6 năm 2010, …").
const LEAD_OPENING: usize = 40;

/// Whether the header stamp `published` is a site's clock, not the page's
/// date: the lead (`lower`, lower case) opens with a date written with its
/// year that the stamp cannot be the publication date of, days after it
/// ("Thứ 6 - 26/02/2016" over "Ngày 16/3/2018, …") or years before it
/// ("Chủ nhật, 28/05/2023" over "Trong 2 ngày 18 và 19 tháng 6 năm 2010").
/// A report opens with its own event; history it recalls comes later.
pub fn stamp_is_clock(published: Date, lower: &str) -> bool {
    lead_opening(lower).is_some_and(|(d, m, year)| {
        year.and_then(|y| Date::new(y, m, d)).is_some_and(|date| {
            date.year >= WEB_PRESS_YEAR
                && (!within_stamp(date, published) || date.year + 1 < published.year)
        })
    })
}

/// Whether the lead (`lower`) opens with the day of `stamp` or a day or
/// two before it: a stamp printed twice ("Thông tin Xuân Lộc10/08/2025"
/// under the headline and again beside it) is then the page's, not the
/// site's clock.
pub fn lead_confirms(stamp: Date, lower: &str) -> bool {
    lead_opening(lower).is_some_and(|(d, m, year)| {
        Date::new(year.unwrap_or(stamp.year), m, d).is_some_and(|date| {
            within_stamp(date, stamp)
                && date.rough_day_number() + STAMP_SLACK >= stamp.rough_day_number()
        })
    })
}

/// "Sáng nay (6/6), …": a lead that names its event's day as today.
static TODAY_OPENING: LazyLock<Rx> = LazyLock::new(|| {
    Rx::new(
        r"(?:^|[^\p{L}])(?:sáng|chiều|tối|trưa|đêm|hôm) nay,?\s*\(?\s*(?:ngày\s*)?([0-9]{1,2})\s*[/.-]\s*([0-9]{1,2})(?:\s*[/.-]\s*([0-9]{4}))?(?:[^0-9]|$)",
    )
});

/// The day the lead (`lower`) was written, where it opens by calling its
/// event's day today ("Sáng nay (6/6), …"), when the stamp `stamp` over
/// the headline falls days after it: a report saying "this morning" is
/// posted that day, so a later day printed above the headline is the
/// site's clock ("Thứ hai, 14/06/2021" over "Sáng nay (6/6), …"). The day
/// takes the year that puts it before the stamp.
pub fn written_before_stamp(lower: &str, stamp: Date) -> Option<Date> {
    let head = prefix(lower, LEAD_OPENING + 60);
    let c = TODAY_OPENING.captures(head)?;
    if c.get(0)?.start() > LEAD_OPENING {
        return None;
    }
    let (d, m): (u8, u8) = (num(c.get(1))?, num(c.get(2))?);
    let date = match num::<u16>(c.get(3)) {
        Some(y) => Date::new(y, m, d)?,
        None => Date::new(stamp.year, m, d)
            .filter(|date| *date <= stamp)
            .or_else(|| Date::new(stamp.year.checked_sub(1)?, m, d))?,
    };
    // The day after may be the page's own stamp, posted past midnight.
    let later = day_after(date).is_some_and(|next| next < stamp);
    (later && date.rough_day_number() + 372 > stamp.rough_day_number()).then_some(date)
}

/// Days a page's stamp may follow the day its lead opens with: a weekly
/// or a portal posting late stays well within them.
const STALE_DAYS: u32 = 45;

/// Whether the stamp `loaded`, printed above the headline, is the day the
/// page was loaded rather than posted: the first of the opening
/// paragraphs (`lowers`, lower case) to open with a date opens with a
/// day, written without its year, that falls months before it in the
/// nearest year ("Thứ bảy 09/12/2023 15:21" over "Sáng 28/9, …", maybe
/// under a photo's caption). A report is posted within days of the event
/// it opens with.
pub fn stamp_is_load_time(loaded: Date, lowers: &[String]) -> bool {
    stale_opening(loaded, lowers) || stale_tally(loaded, lowers)
}

/// The day a tally is made up to, written in full ("Tính đến ngày
/// 28/6/2019, 9/9 huyện đã tổ chức …", "tính đến hết ngày 15/3/2021").
static TALLY_DAY: LazyLock<Rx> = LazyLock::new(|| {
    Rx::new(r"tính đến (?:hết )?ngày ([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]((?:19|20)[0-9]{2})")
});

/// Most days a report's tally is made up to before the page is posted: a
/// count of last year's work may be printed months on, none years on.
const STALE_TALLY_DAYS: u32 = 366;

/// Whether one of the opening paragraphs (`lowers`) counts up to a day a
/// year or more before the stamp `loaded`: a report of progress is posted
/// while it is news, so the stamp is the day the page was loaded.
fn stale_tally(loaded: Date, lowers: &[String]) -> bool {
    lowers.iter().take(3).any(|l| {
        TALLY_DAY.captures_iter(l).any(|c| {
            let day =
                num::<u16>(c.get(3)).and_then(|y| Date::new(y, num(c.get(2))?, num(c.get(1))?));
            day.is_some_and(|day| {
                day.rough_day_number() + STALE_TALLY_DAYS < loaded.rough_day_number()
            })
        })
    })
}

/// `stamp_is_load_time` by the day the lead opens with.
fn stale_opening(loaded: Date, lowers: &[String]) -> bool {
    let opening = lowers
        .iter()
        .take(3)
        .find_map(|l| lead_opening(l).map(|o| (l, o)));
    opening.is_some_and(|(lower, (d, m, year))| {
        // "Ngày 10/9 tới, Hội Nông dân tỉnh sẽ …" under "30/08/2021": a day the
        // lead announces falls after the stamp, not a year before it.
        let ahead = Date::new(loaded.year, m, d)
            .is_some_and(|date| announced(lower, 0, loaded, date) || lead_says_coming(lower));
        let nearest = [loaded.year, loaded.year.saturating_sub(1)]
            .into_iter()
            .filter_map(|y| Date::new(y, m, d))
            .find(|date| within_stamp(*date, loaded));
        year.is_none()
            && !ahead
            && nearest.is_some_and(|date| {
                date.rough_day_number() + STALE_DAYS < loaded.rough_day_number()
            })
    })
}

/// Whether the date the lead (`lower`) opens with is said to be still to
/// come ("Ngày 10/9 tới, …", "Sáng 12/4 sắp tới, …").
fn lead_says_coming(lower: &str) -> bool {
    let head = prefix(lower, LEAD_OPENING + 60);
    EVENT
        .captures(head)
        .and_then(|c| c.get(0))
        .is_some_and(|m| {
            let after = head[m.end()..].trim_start();
            // A bare "tới" before a comma or a word, not "10/9 tới 15/9".
            let bare = after.strip_prefix("tới").is_some_and(|r| {
                r.starts_with(',')
                    || r.starts_with(' ') && !r[1..].starts_with(|c: char| c.is_ascii_digit())
            });
            m.start() <= LEAD_OPENING && (bare || coming(head, m.end()))
        })
}

/// The date a headline ends with in brackets ("Chủ tịch nước phong tặng
/// danh hiệu Anh hùng (23/12/2013)"), as archives print a page's day. Two
/// dates there are the span an anniversary counts ("Kỷ niệm 80 năm Quốc
/// khánh (2/9/1945-2/9/2025)"), and neither is the page's day.
pub fn headline_stamp(title: &str) -> Option<Date> {
    let inner = title.trim_end().strip_suffix(')')?;
    let inner = inner[inner.rfind('(')? + 1..].trim();
    let stamp = inner
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b'/' || b == b'-' || b == b'.');
    let date = stamp.then(|| full_date(inner)).flatten()?;
    // A stamp of one date holds two separators between its three numbers.
    let separators = inner.bytes().filter(|b| !b.is_ascii_digit()).count();
    (separators == 2).then_some(date)
}

/// The day, month and year (if written) of the date the lead (`lower`)
/// opens with ("Chiều ngày 10/8/2025, …", "Trong 2 ngày 18 và 19 tháng
/// 6 năm 2010, …").
fn lead_opening(lower: &str) -> Option<(u8, u8, Option<u16>)> {
    let head = prefix(lower, LEAD_OPENING + 60);
    [&*EVENT, &*EVENT_WORDY].iter().find_map(|rx| {
        let c = rx.captures(head)?;
        let opens = c.get(0).is_some_and(|m| m.start() <= LEAD_OPENING);
        opens.then(|| Some((num(c.get(1))?, num(c.get(2))?, num(c.get(3)))))?
    })
}

/// A stamp alone with its year in two digits ("17/10/21"): this century's
/// year. Only a whole stamp is read so: in running text "3/5/21" may be
/// anything.
fn short_year(stamp: &str) -> Option<Date> {
    let mut parts = stamp.trim().split('/');
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |p: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
    };
    if parts.next().is_some() || !(digits(d, 1..=2) && digits(m, 1..=2) && digits(y, 2..=2)) {
        return None;
    }
    Date::new(
        2000 + y.parse::<u16>().ok()?,
        m.parse().ok()?,
        d.parse().ok()?,
    )
}

/// A whole stamp written "16 11 2025": only a line that is nothing else
/// is read so, since in running text three numbers may be anything.
fn spaced(stamp: &str) -> Option<Date> {
    let c = SPACED.captures(stamp.trim())?;
    Date::new(num(c.get(3))?, num(c.get(2))?, num(c.get(1))?)
}

/// The last day of the month a stamp names without its day ("2017-03"):
/// no publication date, but an event in it is no later than that day.
pub fn month_stamp(header_dates: &[String]) -> Option<Date> {
    header_dates.iter().find_map(|s| {
        let (y, m) = s.trim().split_once('-')?;
        let (y, m) = (y.parse::<u16>().ok()?, m.parse::<u8>().ok()?);
        (28..=31).rev().find_map(|d| Date::new(y, m, d))
    })
}

/// The last day an event may be when the page says its year only in its
/// address ("https://…/2024/05/huyen-uy-so-ket.html", "/202312/") or in
/// its row of tags ("Tags: dân vận, sơ kết, 2024"): the end of that month,
/// or of that year.
pub fn address_or_tag_bound(text: &str) -> Option<Date> {
    const LABELS: [&str; 4] = ["tags:", "tag:", "từ khóa:", "từ khoá:"];
    let end_of = |y: u16, m: u8| (28..=31).rev().find_map(|d| Date::new(y, m, d));
    let plausible = |y: u16| (WEB_PRESS_YEAR..2100).contains(&y);
    for at in memchr::memmem::find_iter(text.as_bytes(), b"http") {
        let url = text[at..].split(char::is_whitespace).next().unwrap_or("");
        for seg in url.split('/') {
            let digits = seg.len() == 6 && seg.bytes().all(|b| b.is_ascii_digit());
            // "/202312/": a year and a month in one folder.
            if digits {
                let (y, m) = (seg[..4].parse().ok()?, seg[4..].parse().ok()?);
                if plausible(y) {
                    if let Some(d) = end_of(y, m) {
                        return Some(d);
                    }
                }
            }
        }
        // "/2024/05/": a year folder, then a month folder.
        let segs: Vec<&str> = url.split('/').collect();
        for w in segs.windows(2) {
            let year = w[0].len() == 4 && w[0].bytes().all(|b| b.is_ascii_digit());
            let month = (1..=2).contains(&w[1].len()) && w[1].bytes().all(|b| b.is_ascii_digit());
            if let (true, true, Ok(y), Ok(m)) = (year, month, w[0].parse(), w[1].parse()) {
                if plausible(y) {
                    if let Some(d) = end_of(y, m) {
                        return Some(d);
                    }
                }
            }
        }
    }
    text.lines().find_map(|line| {
        let line = line.trim_start();
        // Every label opens with "t": a line opening with another ASCII
        // char is none, and is not lower-cased whole to tell.
        if line
            .bytes()
            .next()
            .is_none_or(|b| b.is_ascii() && !b.eq_ignore_ascii_case(&b't'))
        {
            return None;
        }
        // Told on the line's first chars before the whole line is
        // lower-cased: most lines that open with a letter outside ASCII
        // are text. Char by char as `to_lowercase` has them but for a
        // final sigma, which no label holds.
        let labelled = LABELS.iter().any(|l| {
            let mut lower = line.chars().flat_map(char::to_lowercase);
            l.chars().all(|c| lower.next() == Some(c))
        });
        if !labelled {
            return None;
        }
        let lower = line.to_lowercase();
        let tags = LABELS.iter().find_map(|l| lower.strip_prefix(l))?;
        let mut years = tags
            .split(|c: char| !c.is_ascii_digit())
            .filter(|w| w.len() == 4)
            .filter_map(|w| w.parse::<u16>().ok())
            .filter(|&y| plausible(y));
        let year = years.next()?;
        // Two years in the tags leave the event's open.
        years.all(|y| y == year).then(|| end_of(year, 12)).flatten()
    })
}

/// The date of a news agency's stamp opening `lead`, with the date it
/// was filed: "Hà Nội (TTXVN 11/3/2022) Tại hội nghị …". Read by hand: the
/// shape is fixed and a pattern with Unicode classes costs more to build
/// than all the stamps it would read.
pub fn agency_stamp(lead: &str) -> Option<Date> {
    let head = prefix(lead, 40);
    let open = head.find('(')?;
    let inner = &lead[open + 1..];
    let inner = &inner[..inner.find(')').filter(|&n| n <= 40)?];
    let (agency, date) = inner.rsplit_once(' ')?;
    let agency = agency.trim_end_matches(',');
    let named = agency.chars().next().is_some_and(char::is_uppercase)
        && !agency.contains(' ')
        && agency.chars().count() <= 15;
    let numeric = date.bytes().all(|b| b.is_ascii_digit() || b == b'/');
    (named && numeric).then(|| full_date(date)).flatten()
}

/// The word "tháng" (month) between spaces, as a date in words has it.
static MONTH_WORD: super::text::Needle = super::text::Needle::new(" tháng ");

/// The event date from the lead paragraphs (in lower case), resolved as
/// the module says, under `bound`: the publication date, or only the last
/// day it may be (`sure` false; "hôm nay", "hôm qua" count from a sure one).
pub fn event_date(lead: &[&str], bound: Option<Date>, sure: bool, text: &str) -> Option<Date> {
    let published = bound;
    // "Căn cứ Luật … ngày 19/6/2015;": a notice opens with the laws it
    // rests on, and their days date no event; "Được biết, …" adds what
    // happened elsewhere.
    for (k, lower) in lead.iter().enumerate() {
        if background(lower) || election_recalled(lower, text) {
            // "Căn cứ Luật …, thực hiện …, ngày 7/11, Ban Thường trực …
            // tổ chức": past the laws it rests on, a notice's lead may
            // still date its own event, set apart by commas.
            if let Some(date) = after_citations(lower, published, text) {
                return Some(date);
            }
            continue;
        }
        // The earlier of a dated time phrase and a range of days ("Trong 2
        // ngày 12-13/3" starts on the 12th).
        let event = [
            first_date(&EVENT, lower, published, text),
            // Most leads write the day with digits only.
            MONTH_WORD
                .find(lower)
                .and_then(|_| first_date(&EVENT_WORDY, lower, published, text)),
        ]
        .into_iter()
        .flatten()
        .min_by_key(|&(at, _)| at);
        // A range only counts when it starts before the dated phrase.
        let mut end = event.map_or(lower.len(), |(at, _)| (at + 40).min(lower.len()));
        while !lower.is_char_boundary(end) {
            end += 1;
        }
        let range = first_date(&RANGE, &lower[..end], published, text);
        let found = [event, range]
            .into_iter()
            .flatten()
            .min_by_key(|&(at, _)| at);
        if let Some((at, date)) = found {
            // "Ủy ban Bầu cử tỉnh sẽ công bố danh sách vào ngày 20/3. …
            // được Phó Chủ tịch UBND tỉnh nêu tại cuộc họp sáng 12/3": the
            // day still to come is what was said; the report's event is the
            // occasion it was said at.
            let said = published
                .filter(|p| date.rough_day_number() > p.rough_day_number())
                .and_then(|p| {
                    occasion_said_at(&lead[k + 1..], p, text)
                        .or_else(|| announced_at(&lead[k + 1..], p, text))
                });
            if said.is_some() {
                return said;
            }
            // "Lễ trao giải dự kiến diễn ra ngày 24/3. … Chiều 10/3, Hội
            // đồng Đội công bố …": a summary's planned day is still to
            // come, whatever the stamp; the news lead under it opens with
            // the report's own day.
            if planned(lower, at) {
                if let Some(own) = prepared::own_clause_after(lower, at, published, text) {
                    return Some(own);
                }
                if let Some(own) = opening_event(&lead[k + 1..], published, text) {
                    return Some(own);
                }
                // "Theo kế hoạch, Đại hội sẽ diễn ra vào ngày 12/12. Mới
                // đây, Ban Thường trực đã họp …": the news is what was just
                // done, on a day the page does not give.
                let ahead =
                    published.is_some_and(|p| date.rough_day_number() > p.rough_day_number());
                if ahead && lead[k..].iter().any(|l| recalled::tells_undated_news(l)) {
                    return None;
                }
            }
            return Some(reported_event(lower, at, date, published, text).unwrap_or(date));
        }
        // "Sáng nay, …" heads the lead; "… để xem hôm nay có cháu nào nghỉ
        // học" in a profile, or a quoted "hôm qua", times something else.
        let own = RELATIVE.captures_iter(lower).find(|c| {
            c.get(0).is_some_and(|w| {
                let word = w.as_str().find(char::is_alphabetic).unwrap_or(0);
                relative::times_own_clause(lower, w.start() + word, w.end())
            })
        });
        if let (Some(c), Some(p)) = (own, published.filter(|_| sure)) {
            return match c.get(1).or(c.get(2)).map(|m| m.as_str()) {
                Some("qua") => day_before(p),
                Some("mai") => day_after(p),
                _ => Some(p),
            };
        }
    }
    None
}

/// What an agency reports on the day the lead opens with ("Ngày 31/1,
/// Công an tỉnh A cho biết, khoảng 11h, ngày 26/1/2026, …"): the day of
/// the event it reports, or the first of its days, dated after the
/// report's clause, when it came before the report.
fn reported_event(
    lower: &str,
    at: usize,
    date: Date,
    published: Option<Date>,
    text: &str,
) -> Option<Date> {
    const REPORTS: &[&str] = &["cho biết", "cho hay", "thông tin", "thông báo"];
    let clause_start = at + lower[at..].find(", ")? + 2;
    let clause_end = clause_start + lower[clause_start..].find(", ")?;
    let clause = &lower[clause_start..clause_end];
    if !REPORTS.iter().any(|r| clause.ends_with(r)) || super::text::word_count(clause) > 12 {
        return None;
    }
    let rest = &lower[clause_end..];
    // "… cho biết, từ ngày 3 - 5/9/2031, Ban Thường vụ đã họp xem xét …":
    // a sitting over several days is dated by its first.
    let (at, event) = [&EVENT, &RANGE]
        .into_iter()
        .filter_map(|rx| first_date(rx, rest, published, text))
        .min_by_key(|&(at, _)| at)?;
    // "… cho biết, đơn vị vừa bắt giữ hai đối tượng trộm cắp tài sản vào
    // tối 2/5": what was just done is the news, on the report's day; a day
    // weeks before it dates what was done about.
    let just_done = rest[..at].contains(" vừa ");
    if just_done && event.rough_day_number() + SAID_DAYS < date.rough_day_number() {
        return None;
    }
    (event.rough_day_number() <= date.rough_day_number()).then_some(event)
}

/// Phrases that tell where something reported was said ("nêu tại hội
/// nghị", "cho biết tại buổi họp báo").
const SAID_AT: &[&str] = &[
    "nêu tại ",
    "cho biết tại ",
    "phát biểu tại ",
    "thông tin tại ",
    "công bố tại ",
    "chia sẻ tại ",
];

/// Days before a page's stamp that the occasion a statement was made at
/// may fall on and still be the report's event.
const SAID_DAYS: u32 = 7;

/// The day of the occasion a statement was made at, from the first of
/// `paragraphs` (in lower case) that says where it was said and dates it
/// ("Thông tin được nêu tại hội nghị chiều 9/3"), in the week up to the
/// stamp `published`.
fn occasion_said_at(paragraphs: &[&str], published: Date, text: &str) -> Option<Date> {
    paragraphs.iter().find_map(|lower| {
        let at = SAID_AT.iter().filter_map(|s| lower.find(s)).min()?;
        let (_, date) = first_date(&EVENT, &lower[at..], Some(published), text)?;
        let (day, stamp) = (date.rough_day_number(), published.rough_day_number());
        (day <= stamp && day + SAID_DAYS >= stamp).then_some(date)
    })
}

/// The day a plan was announced, when a summary gives the planned day
/// still to come and the news lead under it opens with its own day
/// ("Tối 28.9, Thành ủy thông báo …"), in the week up to the stamp
/// `published`: the report's event is the announcement.
fn announced_at(paragraphs: &[&str], published: Date, text: &str) -> Option<Date> {
    let date = opening_event(paragraphs, Some(published), text)?;
    let (day, stamp) = (date.rough_day_number(), published.rough_day_number());
    (day <= stamp && day + SAID_DAYS >= stamp).then_some(date)
}

/// The event date of a lead that opens with the laws it rests on: a
/// dated time phrase set apart after them (", ngày 7/11, "), or a span of
/// days ("; trong các ngày từ 8 đến 12/10/2019, "); the days of the laws
/// follow their names with no comma ("Luật … ngày 19/6/2015").
fn after_citations(lower: &str, published: Option<Date>, text: &str) -> Option<Date> {
    if !lower.starts_with("căn cứ ") {
        return None;
    }
    // "ngày 14 tháng 02 năm 2023" is written in words as often.
    [&EVENT, &EVENT_WORDY, &RANGE].into_iter().find_map(|rx| {
        rx.captures_iter(lower).find_map(|c| {
            let whole = c.get(0)?;
            let word = whole.as_str().find(char::is_alphabetic)?;
            let head = past_clock_time(&lower[..whole.start() + word]);
            // The laws' list ends at a comma or a semicolon ("Căn cứ … ;
            // trong các ngày từ 8 đến 12/10/2019, …").
            let opens = past_days_word(head).ends_with([',', ';']);
            let year = c.get(3).map_or(c.get(2)?.end(), |y| y.end());
            let closes = lower[year..].trim_start().starts_with(',');
            if !(opens && closes) {
                return None;
            }
            let (_, date) = first_date(rx, &lower[whole.start()..], published, text)?;
            Some(date)
        })
    })
}

/// `head` (in lower case) without the words that open a span of days
/// before its "từ": ", trong các ngày từ 8 đến 12/10" and ", trong những
/// ngày từ 3 đến 5/6" open their time phrase after the comma.
fn past_days_word(head: &str) -> &str {
    let head = head.trim_end();
    [
        "trong các ngày",
        "trong những ngày",
        "các ngày",
        "những ngày",
    ]
    .iter()
    .find_map(|w| head.strip_suffix(w))
    .map_or(head, str::trim_end)
}

/// `head` (in lower case) without the clock time it ends with, which a
/// date may follow: ", vào lúc 8 giờ 30 ngày 14 tháng 02 năm 2023, " and
/// ", lúc 8h30 ngày 7/11, " open their time phrase after the comma.
fn past_clock_time(head: &str) -> &str {
    let clock_word = |w: &str| {
        matches!(w, "vào" | "lúc" | "giờ" | "phút")
            || !w.is_empty()
                && w.chars()
                    .all(|c| c.is_ascii_digit() || c == 'h' || c == 'g')
                && w.starts_with(|c: char| c.is_ascii_digit())
    };
    let mut rest = head.trim_end();
    while let Some((before, last)) = rest.rsplit_once(' ') {
        if !clock_word(last) {
            break;
        }
        rest = before.trim_end();
    }
    rest
}

/// Whether a lead paragraph (in lower case) dates no event of its own:
/// the laws a notice rests on ("Căn cứ …"), or background ("Được biết,
/// Đại hội … diễn ra từ ngày 25-27/12"; "Trước đó, ngày 26/9, …" under
/// news the page does not date: what led up to it).
fn background(lower: &str) -> bool {
    lower.starts_with("căn cứ ") || lower.starts_with("được biết") || lower.starts_with("trước đó")
}

/// The paragraphs (in lower case) without those that repeat an earlier
/// one letter for letter, whatever their spaces and punctuation: a page's
/// summary is often printed again as the article's first paragraph, a
/// comma added or dropped, and the two are one paragraph of the lead.
pub fn unrepeated<'a>(paragraphs: &[&'a str]) -> Vec<&'a str> {
    // The bytes of letters and digits: ASCII spaces and punctuation left
    // out, every byte of a Vietnamese letter kept.
    let key = |p: &str| -> Vec<u8> {
        p.bytes()
            .filter(|b| !(b.is_ascii_punctuation() || b.is_ascii_whitespace()))
            .collect()
    };
    // Only the opening paragraphs are read for dates: comparing those
    // keeps the cost bounded on a page of many paragraphs.
    let opening = paragraphs.len().min(6);
    let mut kept = Vec::with_capacity(paragraphs.len());
    for (k, &p) in paragraphs.iter().enumerate() {
        // A repeat is about as long as what it repeats: most paragraphs
        // have none of their length before them, and are kept unread.
        let similar = |q: &&str| q.len().abs_diff(p.len()) <= 8 + p.len() / 16;
        let repeat = k < opening
            && paragraphs[..k]
                .iter()
                .any(|q| similar(q) && key(q) == key(p));
        if !repeat {
            kept.push(p);
        }
    }
    kept
}

/// The lead paragraphs (in lower case) read for the event date: the first
/// two, past one that recalls the election before a first session, which
/// gives the session's paragraph its place.
pub fn lead_window<'a>(leads: &'a [&'a str], text: &str) -> &'a [&'a str] {
    let skip = usize::from(leads.first().is_some_and(|l| election_recalled(l, text)));
    &leads[skip.min(leads.len())..leads.len().min(2 + skip)]
}

/// Whether a lead paragraph (in lower case) recalls the election a
/// council's first session follows ("Cuộc bầu cử đại biểu HĐND … ngày
/// 23/5 đã thành công"), on a page that reports that session: a first
/// session is held weeks after the election, and is the event.
fn election_recalled(lower: &str, text: &str) -> bool {
    lower.starts_with("cuộc bầu cử ") && {
        let text = text.to_lowercase();
        FIRST_SESSIONS.iter().any(|s| text.contains(s))
    }
}

/// How a council's first session is named.
const FIRST_SESSIONS: &[&str] = &["kỳ họp thứ nhất", "kỳ họp thứ 1 ", "kỳ họp đầu tiên"];

/// The event date of the first of `paragraphs` (in lower case) that opens
/// with its dated time phrase ("sáng ngày 28/9, tại …") or gives the
/// event's time first (`time_given`): the news lead under a summary and a
/// quotation that date nothing.
pub fn opening_event(paragraphs: &[&str], published: Option<Date>, text: &str) -> Option<Date> {
    paragraphs.iter().find_map(|lower| {
        if let Some(timed) = time_given(lower) {
            return event_date(&[timed], published, false, text);
        }
        if let Some(held) = held_when(lower) {
            return event_date(&[held], published, false, text);
        }
        let lower = past_occasion(lower);
        let (at, date) = first_date(&EVENT, lower, published, text)?;
        // The phrase opens the paragraph, maybe after a bracket or a space.
        (at <= 1).then_some(date)
    })
}

/// A paragraph (lower case) past an opening that names the report's own
/// occasion ("cũng trong dịp này, sáng 9/3/2031, …";
/// `assets/lexicon/occasions.txt`): the day after it is the occasion's.
fn past_occasion(lower: &str) -> &str {
    crate::parse::lexicon::words(crate::parse::lexicon::OCCASIONS)
        .find_map(|o| lower.strip_prefix(o)?.strip_prefix(", "))
        .unwrap_or(lower)
}

/// What follows the verb of a paragraph's first sentence (lower case)
/// that says when its event is held ("Ngày hội … diễn ra từ ngày 8/11 đến
/// 18/11/2031", "Đại hội tổ chức vào ngày 5/6/2031"), as a report
/// sets the time apart under a lead that dates nothing. Background ("Được
/// biết, …") and what is yet to come ("sẽ diễn ra", "dự kiến diễn ra")
/// give none.
fn held_when(lower: &str) -> Option<&str> {
    const HELD: [&str; 4] = [" diễn ra ", " được tổ chức ", " tổ chức ", " khai mạc "];
    const WHEN: [&str; 3] = ["từ ngày ", "vào ngày ", "trong ngày "];
    if background(lower) {
        return None;
    }
    let sentence = &lower[..lower.find(". ").unwrap_or(lower.len())];
    HELD.iter().find_map(|verb| {
        let at = sentence.find(verb)?;
        let before = &sentence[..at];
        let rest = &sentence[at + verb.len()..];
        let planned = before.ends_with(" sẽ") || before.ends_with(" dự kiến");
        (!planned && WHEN.iter().any(|w| rest.starts_with(w))).then_some(rest)
    })
}

/// The first sentence of a paragraph that opens by giving the event's
/// time ("Thời gian: …", "Thời gian diễn ra đại hội 2 ngày, từ ngày 27
/// đến ngày 28/9"), as an announcement sets it apart under its lead.
/// "Thời gian qua", "thời gian tới" (lately, from now on) give none.
fn time_given(lower: &str) -> Option<&str> {
    let rest = lower.strip_prefix("thời gian")?;
    let gives = [":", " diễn ra", " tổ chức", " tiến hành", " khai mạc"]
        .iter()
        .any(|w| rest.starts_with(w));
    gives.then(|| lower.split(". ").next().unwrap_or(lower))
}

/// The event date of a speech printed whole: past its salutations
/// ("Kính thưa các vị đại biểu!", "Thưa toàn thể đồng chí!"), the first
/// paragraph says when it is given ("Hôm nay, HĐND tỉnh khai mạc Kỳ họp
/// thứ 11 …"), counted from the page's stamp like any lead.
pub fn after_salutations(
    paragraphs: &[&str],
    bound: Option<Date>,
    sure: bool,
    text: &str,
) -> Option<Date> {
    // An editor's note may introduce the speech above its salutations.
    let first = paragraphs.iter().take(4).position(|l| salutation(l))?;
    let rest = &paragraphs[first..];
    let k = rest.iter().take(12).position(|l| !salutation(l))?;
    event_date(&rest[k..=k], bound, sure, text)
}

/// Whether a paragraph (in lower case) is a speech's salutation, maybe
/// set as a list item ("- Kính thưa đồng chí …").
fn salutation(lower: &str) -> bool {
    let line = lower.trim_start_matches(['-', '–', '•', '*', '+', ' ']);
    ["kính thưa ", "thưa ", "kính gửi "]
        .iter()
        .any(|w| line.starts_with(w))
}

/// The day a notice gives its event on a labelled line ("Thời gian: 7h00
/// ngày 02/8/2025 (Thứ 7)", "- Thời gian tổ chức: sáng ngày 5/9"): notices
/// and plans set out the time, the place and who takes part, each on a line
/// of its own, with no lead that dates the event.
pub fn notice_time(paragraphs: &[&str], published: Option<Date>, text: &str) -> Option<Date> {
    paragraphs.iter().take(20).find_map(|lower| {
        let line = lower.trim_start_matches(['-', '+', '*', '•', ' ']);
        let rest = ["thời gian:", "thời gian tổ chức:", "thời gian diễn ra:"]
            .iter()
            .find_map(|label| line.strip_prefix(label))?;
        first_date(&EVENT, rest, published, text).map(|(_, date)| date)
    })
}

/// The first date `rx` finds in `lower` (groups: day, month, year), with
/// its offset, skipping dates of cited documents. A day the lead looks
/// forward to ("Ngày 15/3 tới đây, cuộc bầu cử sẽ diễn ra. Sáng 26/2, …
/// đã tổ chức hội nghị") sets the scene for the day that follows it, and
/// dates the event only when no other day does.
fn first_date(rx: &Rx, lower: &str, published: Option<Date>, text: &str) -> Option<(usize, Date)> {
    let mut ahead = None;
    for c in rx.captures_iter(lower) {
        let Some(found) = dated(&c, lower, published, text) else {
            continue;
        };
        let end = c.get(0).map_or(0, |m| m.end());
        if !coming(lower, end) {
            return Some(found);
        }
        // "… hầu tòa từ ngày 2 đến 15 tháng 1 tới đây" under a stamp of
        // December: a day still to come read into the stamp's year falls
        // months before it, and the year it falls in is not written.
        if published.is_some_and(|p| found.1 < p) {
            continue;
        }
        ahead = ahead.or(Some(found));
    }
    ahead
}

/// What follows the lunar date read up to byte `end` of `lower`, when it
/// is one, the cycle's year named right after it ("ngày 12/9/ Quý Mão
/// (26/10/2023)", "3-4 năm Giáp Thìn (11-5-2024)") or "âm lịch": religious
/// pages write the solar day beside it.
fn lunar_written(lower: &str, end: usize) -> Option<&str> {
    let after = lower[end..].trim_start_matches([' ', '/', '-', '.']);
    // "Tối 15/8 âm lịch", "ngày 10/3 âl": a day of the lunar calendar
    // written as a solar one is marked so right after it.
    if let Some(rest) = after.strip_prefix("âm lịch").or_else(|| {
        after
            .strip_prefix("âl")
            .filter(|rest| !rest.starts_with(char::is_alphanumeric))
    }) {
        return Some(rest);
    }
    let after = after.strip_prefix("năm ").unwrap_or(after);
    // Cheap test first: asked after every date, and most dates are
    // followed by no stem of the cycle.
    let (stem, rest) = after.split_once(' ')?;
    if !is_cycle_word(stem) {
        return None;
    }
    let rest = rest.trim_start();
    let branch = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    is_cycle_word(&rest[..branch])
        .then(|| rest[branch..].trim_start_matches(|c: char| c.is_alphabetic() || c == ' '))
}

/// Whether the date read up to byte `end` of `lower` is a day still to
/// come: "tới đây", "sắp tới" right after it.
fn coming(lower: &str, end: usize) -> bool {
    let after = lower[end..].trim_start();
    after.starts_with("tới đây") || after.starts_with("sắp tới")
}

/// The date of one match `c` of a date pattern in `lower`, with its
/// offset, unless it dates no event (a cited document, a cut-off, a
/// forecast, a misread after publication).
fn dated(
    c: &regex::Captures,
    lower: &str,
    published: Option<Date>,
    text: &str,
) -> Option<(usize, Date)> {
    // "Quyết định số 446-QĐ/TU, ngày 26/11/2021" dates a document.
    let whole = c.get(0)?;
    let at = whole.start();
    if cites_document(lower, at) && !signed_now(lower, at)
        || marks_holiday(lower, whole)
        || goes_on(lower, whole.end())
        || cutoff(lower, whole)
        || forecast(lower, at) && !whole.as_str().contains("nay")
        || honoured_occasion_note(lower, at)
        || recalled::names_observance(lower, whole.end())
    {
        return None;
    }
    if let Some(rest) = lunar_written(lower, whole.end()) {
        // "ngày 12/9/ Quý Mão (26/10/2023)": the solar day in brackets
        // after it dates the event; with none, the lunar day dates nothing.
        let inside = rest.trim_start().strip_prefix('(')?;
        let inside = inside.split(')').next().unwrap_or(inside);
        return Some((at, full_date(inside)?));
    }
    let (d, m) = (num(c.get(1))?, num(c.get(2))?);
    let year = num(c.get(3)).or_else(|| span_end_year(lower, whole, m));
    let date = resolve(d, m, year, published, text)?;
    let early = published
        .filter(|_| year.is_none())
        .and_then(|p| stamped_early(lower, at, d, m, p));
    if let Some(date) = early {
        return Some((at, date));
    }
    // "Theo kế hoạch, từ ngày 1/12 đến 7/12 các đại biểu sẽ tiếp xúc cử
    // tri" under a stamp of 19/11: a plan for the coming weeks, in the
    // stamp's year, not a day eleven months old.
    let coming_weeks = published
        .filter(|_| year.is_none())
        .and_then(|p| Date::new(p.year, m, d).filter(|&ahead| announced(lower, at, p, ahead)));
    if let Some(date) = coming_weeks.filter(|&ahead| ahead != date) {
        return Some((at, date));
    }
    if year.is_some() && retrospective(date, published, text) {
        return None;
    }
    // "Ngày 15/10/2022, Ban Dân vận phát động … Sau một năm, …" under a
    // stamp of 2023: the lead reviews the time since.
    if published.is_some_and(|p| recalled::reviewed_since(lower, whole.end(), date, p)) {
        return None;
    }
    // An event after its own report was published is a misread (a
    // deadline, a plan, another document's date), unless the lead
    // announces it for the coming weeks ("sẽ tiếp công dân vào ngày …").
    if published.is_some_and(|p| !within_stamp(date, p) && !announced(lower, at, p, date)) {
        return None;
    }
    Some((at, date))
}

/// A span's last day written in full after its first ("đến 28/4/2017").
static SPAN_END: LazyLock<Rx> = LazyLock::new(|| {
    Rx::new(
        r"^(?:đến|tới|-|–)\s*(?:ngày\s*)?[0-9]{1,2}\s*[/.-]\s*([0-9]{1,2})\s*[/.-]\s*([0-9]{4})(?:[^0-9]|$)",
    )
});

/// The year of the first day (in month `m`) of a span whose last day is
/// written in full right after it, the dated phrase `whole` of `lower`:
/// "từ ngày 11/4 đến 28/4/2017" names its year once, at the end; a first
/// month later than the last one is in the year before.
fn span_end_year(lower: &str, whole: regex::Match, m: u8) -> Option<u16> {
    let last_digit = whole.as_str().rfind(|c: char| c.is_ascii_digit())?;
    let rest = lower[whole.start() + last_digit + 1..].trim_start();
    let c = SPAN_END.captures(rest)?;
    let (last_month, year): (u8, u16) = (num(c.get(1))?, num(c.get(2))?);
    // A year written "0000" has none before it: the span dates nothing.
    if m > last_month {
        year.checked_sub(1)
    } else {
        Some(year)
    }
}

/// Days after a page's stamp that a day of its lead may still fall in the
/// stamp's year when the lead's sentence names that year.
const EARLY_STAMP_DAYS: u32 = 31;

/// Day `d` of month `m` in the year of the stamp `published`, when it falls
/// a few weeks after the stamp and the sentence around byte `at` of `lower`
/// names the stamp's year ("Trong hai ngày 16 - 17/8, … Chiến dịch Thanh
/// niên tình nguyện Hè 2025" under "2025-08-10"): the stamp is early, the
/// day is not a year old.
fn stamped_early(lower: &str, at: usize, d: u8, m: u8, published: Date) -> Option<Date> {
    let date = Date::new(published.year, m, d)?;
    let ahead = date
        .rough_day_number()
        .checked_sub(published.rough_day_number())?;
    if ahead <= STAMP_SLACK || ahead > EARLY_STAMP_DAYS {
        return None;
    }
    let start = lower[..at].rfind(". ").map_or(0, |k| k + 2);
    let end = lower[at..].find(". ").map_or(lower.len(), |k| at + k);
    let year = published.year.to_string();
    YEAR.captures_iter(&lower[start..end])
        .any(|c| c.get(1).is_some_and(|y| y.as_str() == year))
        .then_some(date)
}

/// The first year the Vietnamese press was published on the web: no page
/// reports as its news an event before it.
const WEB_PRESS_YEAR: u16 = 1997;

/// Whether `date`, written with its year, is history the page looks back
/// on rather than its news: older than the web press ("Ngày 3/2/1930,
/// Đảng Cộng sản Việt Nam ra đời"), or more than a year before the page's
/// stamp, or, with no stamp, before a year the headline and lead date in
/// full ("Kỷ niệm 94 năm … (03/02/1930 – 03/02/2024)").
fn retrospective(date: Date, published: Option<Date>, text: &str) -> bool {
    if date.year < WEB_PRESS_YEAR {
        return true;
    }
    if let Some(p) = published {
        return date.year + 1 < p.year;
    }
    FULL.captures_iter(head(text))
        .filter_map(|c| num::<u16>(c.get(3)))
        .any(|y| date.year + 1 < y)
}

/// Words before "ngày" that name a day for what it commemorates, not for
/// what happens on it: "nhân ngày 27/7" (Ngày Thương binh – Liệt sĩ),
/// "chào mừng ngày 2/9", "hướng tới ngày 22/12".
const HOLIDAY_CUES: &[&str] = &["nhân", "nhân dịp", "chào mừng", "hướng tới", "kỷ niệm"];

/// Whether the dated phrase `whole` of `lower` is a holiday the event is
/// held for ("… tri ân các gia đình chính sách nhân ngày 27/7"): the event
/// falls on some day before it, which the page may not give.
fn marks_holiday(lower: &str, whole: regex::Match) -> bool {
    let word = whole.as_str().find(char::is_alphabetic).unwrap_or(0);
    let phrase = &lower[whole.start() + word..whole.end()];
    if !phrase.starts_with("ngày") {
        return false;
    }
    let before = lower[..whole.start() + word].trim_end();
    HOLIDAY_CUES.iter().any(|c| {
        before
            .strip_suffix(c)
            .is_some_and(|b| b.is_empty() || b.ends_with([' ', ',', '(']))
    })
}

/// Whether the dated phrase `whole` of `lower` closes a span counted up
/// to it ("tính đến ngày 29/1, đã tiếp nhận …"): a cut-off, not the day
/// of an event.
fn cutoff(lower: &str, whole: regex::Match) -> bool {
    let word = whole.as_str().find(char::is_alphabetic).unwrap_or(0);
    let before = lower[..whole.start() + word].trim_end();
    // "giữ chức … kể từ ngày 1/4/2024", "có hiệu lực từ ngày …": the day
    // a decision takes effect, not the day anything happened.
    // "hoàn thành trước ngày 15.2": a deadline, not the day of an event.
    // "trước 10 giờ ngày 22/5", "Chậm nhất đến 10 giờ ngày 22.5": the
    // hour of a deadline comes before its day.
    let timeless = past_clock_time(before);
    before.ends_with("đến")
        || before.ends_with("kể từ")
        || since_until_now(lower, whole, before)
        || bracketed_start(lower, whole, before)
        || before.ends_with("hiệu lực từ")
        || timeless
            .strip_suffix("trước")
            .is_some_and(|b| b.is_empty() || b.ends_with([' ', ',', '(']))
        || latest_by(timeless)
        || status_from(before, whole)
}

/// Statuses a cadre enters on a set day ("được nghỉ hưu theo chế độ từ
/// ngày 15/9", "nghỉ chế độ từ ngày 1/9", "hưởng chính sách từ ngày …").
const STATUSES_FROM: &[&str] = &[
    "nghỉ hưu",
    "nghỉ chế độ",
    "nghỉ công tác",
    "hưởng chế độ",
    "hưởng chính sách",
];

/// Whether the dated phrase `whole`, opened by "từ", gives the day a
/// status named earlier in its clause began (`before` is the text ahead
/// of its first word): the day a retirement takes effect, not the day of
/// the event reported.
fn status_from(before: &str, whole: regex::Match) -> bool {
    let phrase = whole
        .as_str()
        .trim_start_matches(|c: char| !c.is_alphanumeric());
    if !phrase.starts_with("từ ") && !before.ends_with(" từ") {
        return false;
    }
    let clause = before
        .rfind([',', ';', '.', '\n'])
        .map_or(before, |k| &before[k + 1..]);
    STATUSES_FROM.iter().any(|w| clause.contains(w))
}

/// Whether `before` (in lower case, past its clock time) ends by naming a
/// deadline: "chậm nhất ngày 5/4", "Chậm nhất đến 10 giờ ngày 22.5", "hạn
/// chót là ngày 30/6": the day things are due, not one they happened on.
fn latest_by(before: &str) -> bool {
    let bare = ["đến", "là"]
        .iter()
        .find_map(|w| before.strip_suffix(w))
        .map_or(before, str::trim_end);
    bare.ends_with("chậm nhất") || bare.ends_with("hạn chót")
}

/// Whether the dated phrase `whole` of `lower` (with `before` the text
/// ahead of its first word) opens a span that runs to the present ("giữ
/// chức … từ ngày 1-7 cho đến nay", "từ 1/7 tới nay"): the day a state
/// began, not the day of the event reported.
fn since_until_now(lower: &str, whole: regex::Match, before: &str) -> bool {
    let phrase = whole
        .as_str()
        .trim_start_matches(|c: char| !c.is_alphanumeric());
    let Some(last_digit) = whole.as_str().rfind(|c: char| c.is_ascii_digit()) else {
        return false;
    };
    let from = |s: &str| s == "từ" || s.ends_with(" từ") || s.ends_with("(từ");
    if !phrase.starts_with("từ ") && !from(before) {
        return false;
    }
    // The pattern may take the character after the date; read from the
    // date's last digit.
    let rest = lower[whole.start() + last_digit + 1..].trim_start();
    let rest = rest.strip_prefix("cho ").unwrap_or(rest);
    // "bổ nhiệm từ ngày 1/3/2019 đến thời điểm đủ tuổi nghỉ hưu", "… đến
    // khi có quyết định mới": a term of office with no day to end it.
    [
        "đến nay",
        "tới nay",
        "đến hiện nay",
        "tới hiện nay",
        "đến khi",
        "tới khi",
        "đến thời điểm",
        "đến hết nhiệm kỳ",
    ]
    .iter()
    .any(|w| rest.starts_with(w))
}

/// Whether the dated phrase `whole` of `lower` (with `before` the text
/// ahead of its first word) is a start set in brackets after what it
/// qualifies ("… tài sản công của các xã sau sắp xếp (từ ngày 01/7/2025)"):
/// the day a rule, a reform or a body took effect, not the day of the
/// event reported.
fn bracketed_start(lower: &str, whole: regex::Match, before: &str) -> bool {
    if !before.ends_with("(từ") && !whole.as_str().contains("(từ") {
        return false;
    }
    let Some(last_digit) = whole.as_str().rfind(|c: char| c.is_ascii_digit()) else {
        return false;
    };
    lower[whole.start() + last_digit + 1..]
        .trim_start()
        .starts_with(')')
}

/// Whether the date at byte `at` of `lower` is forecast: "dự báo" earlier
/// in its sentence ("Theo Trung tâm Dự báo …, từ ngày 12-15/8 có mưa to")
/// dates weather to come, not an event. Today ("hôm nay (14.8)") is no
/// forecast: the caller lets it through.
fn forecast(lower: &str, at: usize) -> bool {
    let before = before(lower, at, 200);
    let sentence = before.rsplit(". ").next().unwrap_or(before);
    sentence.contains("dự báo")
}

/// Words that open a bracket noting when the thing named before it takes
/// place: "(diễn ra vào ngày 10 và 11/12)", "(dự kiến tổ chức ngày 20/12)".
const HELD_NOTES: &[&str] = &["diễn ra", "dự kiến", "sẽ diễn ra", "sẽ tổ chức", "tổ chức"];

/// Words before a congress or a day that the event is held to greet or
/// lead up to ("Chào mừng Đại hội đại biểu phụ nữ tỉnh …", "Tiến tới Đại
/// hội Đoàn toàn quốc …").
const GREETING_CUES: &[&str] = &["chào mừng", "hướng tới", "tiến tới"];

/// Whether the date at byte `at` of `lower` stands in a bracket noting
/// when an occasion the event greets takes place: "Chào mừng Đại hội đại
/// biểu phụ nữ tỉnh lần thứ XIX (diễn ra vào ngày 10 và 11/12), Hội LHPN
/// tỉnh trao tặng 150 suất quà …". The congress is held on that day; the
/// gifts were given on some day before it, which the page may not give.
fn honoured_occasion_note(lower: &str, at: usize) -> bool {
    let before = before(lower, at, 240);
    let Some(open) = before.rfind('(') else {
        return false;
    };
    let note = before[open + 1..].trim_start();
    if note.contains(')') || !HELD_NOTES.iter().any(|w| note.starts_with(w)) {
        return false;
    }
    let clause = &before[..open];
    let clause = clause.rsplit(". ").next().unwrap_or(clause);
    GREETING_CUES.iter().any(|c| clause.contains(c))
}

/// Whether a date read up to byte `end` of `lower` goes on with another
/// number ("từ 9 - 11/3" is no 9 November but a range of days in March).
fn goes_on(lower: &str, end: usize) -> bool {
    let b = lower.as_bytes();
    let Some(&sep) = end.checked_sub(1).and_then(|k| b.get(k)) else {
        return false;
    };
    let rest = b.get(end..).unwrap_or_default();
    let digits = rest.iter().take_while(|c| c.is_ascii_digit()).count();
    // "Ngày 05/02/202,": a year cut to three digits is a year lost, not
    // another number; a thousands dot ("từ 1 - 2.000 lượt") goes on.
    let cut_year =
        sep == b'/' && digits == 3 && (rest.starts_with(b"20") || rest.starts_with(b"19"));
    matches!(sep, b'/' | b'-' | b'.') && digits > 0 && !cut_year
}

/// Whether the date at byte `at` of `lower`, after the publication date
/// `published`, is an announced event: "sẽ", "dự kiến" or "theo kế
/// hoạch" earlier in its sentence, or "sẽ" later in it ("từ ngày 1/12 các
/// đại biểu sẽ tiếp xúc cử tri"), and at most a month ahead.
fn announced(lower: &str, at: usize, published: Date, date: Date) -> bool {
    let ahead = date.rough_day_number();
    if ahead <= published.rough_day_number() || ahead > published.rough_day_number() + 31 {
        return false;
    }
    let rest = &lower[at..];
    let rest = &rest[..rest.find(". ").unwrap_or(rest.len())];
    let rest = prefix(rest, 160);
    planned(lower, at) || rest.contains(" sẽ ")
}

/// Whether the sentence before the date at byte `at` of `lower` sets it
/// as a plan's: "sẽ", "dự kiến" or "theo kế hoạch".
fn planned(lower: &str, at: usize) -> bool {
    let before = before(lower, at, 160);
    let sentence = before.rsplit(". ").next().unwrap_or(before);
    sentence.contains("sẽ ") || sentence.contains("dự kiến") || sentence.contains("theo kế hoạch")
}

/// A bare "d/m" or "d/m/yyyy" (a dateline's day), resolved like an event date.
pub fn day_month(s: &str, published: Option<Date>, text: &str) -> Option<Date> {
    let mut parts = s.split('/').map(str::parse::<u16>);
    let (Some(Ok(d)), Some(Ok(m))) = (parts.next(), parts.next()) else {
        return None;
    };
    let year = parts.next().and_then(Result::ok);
    resolve(
        u8::try_from(d).ok()?,
        u8::try_from(m).ok()?,
        year,
        published,
        text,
    )
}

/// Verbs that report a document as news in its own right: signed or
/// issued just now ("Thủ tướng vừa ký Công điện số …").
const SIGNED_NOW: &[&str] = &["vừa ký ", "vừa ban hành ", "mới ký ", "mới ban hành "];

/// Most bytes between the verb and the date of the document it signs: the
/// document's kind and code, no more ("vừa ký ban hành Quyết định số
/// 1234/QĐ-UBND").
const MAX_SIGNED: usize = 90;

/// Whether the document whose date is at byte `at` of `lower` is what the
/// sentence reports as just signed or issued ("vừa ký Công điện số
/// 201/CĐ-TTg ngày 22/10/2025"): the signing is the event, so the
/// document's date is its date. A document cited as the ground for an
/// event ("Thực hiện Kế hoạch số …") dates none.
fn signed_now(lower: &str, at: usize) -> bool {
    let before = before(lower, at, MAX_SIGNED + 16);
    SIGNED_NOW.iter().any(|verb| {
        before.rfind(verb).is_some_and(|k| {
            // "… số 120-QĐ/TU, ngày …": a comma may set the date off.
            let object = before[k + verb.len()..].trim_end().trim_end_matches(',');
            object.len() <= MAX_SIGNED && !object.contains([',', ';']) && !object.contains(". ")
        })
    })
}

/// Whether the words just before byte `at` of `lower` end a document number.
fn cites_document(lower: &str, at: usize) -> bool {
    // Room for a joint resolution's long code ("11/2016/nqlt/ubtvqh-cp-…").
    let before = before(lower, at, 96).trim_end().trim_end_matches(',');
    let last = before.rsplit(' ').next().unwrap_or("");
    // A code opens with its number ("446-qđ/tu", or "282 /khhđnvqs",
    // "55 –kh/tu" with a space before the slash or the dash); "quý
    // i/2018." is a period.
    let code = last.contains('/')
        && last.starts_with(|c: char| c.is_ascii_digit())
        && last.chars().any(char::is_alphabetic);
    let rest = before[..before.len() - last.len()].trim_end();
    let spaced = last.starts_with(['/', '-', '–'])
        && last.chars().any(char::is_alphabetic)
        && rest.ends_with(|c: char| c.is_ascii_digit());
    // "09 – KH/ĐTN": a dash standing alone between the number and the kind.
    let dashed = last.contains('/')
        && last.chars().any(char::is_alphabetic)
        && rest
            .strip_suffix(['-', '–'])
            .is_some_and(|r| r.trim_end().ends_with(|c: char| c.is_ascii_digit()));
    code || spaced || dashed || split_code(rest, last) || numbered_kind(rest, last)
}

/// Whether `last`, a word of letters, closes a code whose kind and
/// issuer a spaced dash parts ("03/ct – tw", "12/nq - hu"): `rest` ends
/// with the dash, after the code's number and kind.
fn split_code(rest: &str, last: &str) -> bool {
    const MAX_ISSUER: usize = 8;
    if last.is_empty()
        || last.chars().count() > MAX_ISSUER
        || !last.chars().all(char::is_alphabetic)
    {
        return false;
    }
    let Some(head) = rest.strip_suffix(['-', '–']).map(str::trim_end) else {
        return false;
    };
    let number = head.rsplit(' ').next().unwrap_or("");
    number.starts_with(|c: char| c.is_ascii_digit())
        && number.ends_with(char::is_alphabetic)
        && number.contains('/')
}

/// Whether `last` is a bare number that a kind of document gives with
/// "số" before it (`rest` ends with them): "Kế hoạch số 65, ngày 20/4/2021"
/// dates the plan as "Kế hoạch số 65/KH-UBND" would.
fn numbered_kind(rest: &str, last: &str) -> bool {
    if last.is_empty() || !last.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let Some(kind) = rest.strip_suffix("số").map(str::trim_end) else {
        return false;
    };
    let words: Vec<&str> = kind.rsplit(' ').take(3).collect();
    (1..=words.len()).any(|n| {
        let start = words[..n].iter().map(|w| w.len() + 1).sum::<usize>() - 1;
        crate::parse::lexicon::is_document_kind(&kind[kind.len() - start..])
    })
}

/// Day `d` of month `m`: in `year` if given, else the latest not after
/// `published`, else in the year of the period the title or lead names
/// ("quý I/2018"), else in the year `text` names most often.
fn resolve(d: u8, m: u8, year: Option<u16>, published: Option<Date>, text: &str) -> Option<Date> {
    if let Some(y) = year {
        return Date::new(y, m, d);
    }
    if let Some(p) = published {
        return [p.year, p.year.saturating_sub(1)]
            .into_iter()
            .filter_map(|y| Date::new(y, m, d))
            .find(|date| within_stamp(*date, p));
    }
    // Only a day that exists in some year is worth reading the text for.
    Date::new(2000, m, d)?;
    let year = same_day_written_in_full(text, d, m)
        .or_else(|| {
            tet::tet_year(head(text), d, m, || {
                cycle_year_in(head(text)).or_else(|| main_year(text))
            })
        })
        .or_else(|| tet::greeted_year(text, m))
        .or_else(|| reviewed_year(head(text), m))
        .or_else(|| sessions::session_year(text, d, m))
        // "Sáng 28/4, … bầu Bí thư Huyện ủy khóa XI, nhiệm kỳ 2020 - 2025
        // … công văn ngày 27/4/2023": the day before, written in full,
        // tells the year better than the term the election fills.
        .or_else(|| near_day_written_in_full(text, d, m, CLOSE_DAYS))
        .or_else(|| period_year(text, m))
        .or_else(|| near_day_written_in_full(text, d, m, NEAR_DAYS))
        // "Sáng 11/5, … chuẩn bị bầu cử ĐBQH khóa XV": the election's
        // day, before the years its term runs to are counted.
        .or_else(|| elections::election_year(text, d, m))
        .or_else(|| school_year(head(text), m))
        .or_else(|| main_year(text).map(|y| recounted::not_before_recounted(text, y, d, m)))
        .or_else(|| opened_term_year(text))
        .or_else(|| lunar_new_year(text, m))?;
    Date::new(year, m, d)
}

/// The year of day `d` of month `m` where the text writes that same day
/// in full further on ("Chiều 18/11, …" then "Chiều ngày 18/11/2025, HĐND
/// …"): a lead names the day, the body the whole date. An anniversary
/// writes the day it counts from too ("(18/11/1930 – 18/11/2025)"): the
/// latest year is the news, and none before the web press is.
fn same_day_written_in_full(text: &str, d: u8, m: u8) -> Option<u16> {
    // In digits or in words: a decision dated "Nà Nghịu, ngày 05 tháng 02
    // năm 2024" under a lead that wrote "Ngày 05/02/202".
    FULL.captures_iter(text)
        .chain(WORDY.captures_iter(text))
        .filter_map(|c| {
            let same = num::<u8>(c.get(1)) == Some(d) && num::<u8>(c.get(2)) == Some(m);
            same.then(|| num::<u16>(c.get(3))).flatten()
        })
        .filter(|&y| y >= WEB_PRESS_YEAR)
        .max()
}

/// Days apart within which a day written in full dates a day written
/// without its year.
const NEAR_DAYS: u32 = 31;

/// Days apart within which a day written in full dates a day written
/// without its year before any year the text names for a period or term.
const CLOSE_DAYS: u32 = 3;

/// The year of day `d` of month `m` that puts it nearest to a day the
/// text writes in full within a month of it ("Chiều nay (27/10), U23 Việt
/// Nam đá trận ra quân … trận gặp U23 Myanmar ngày 02/11/2021": 2021),
/// with the days around New Year ("Sáng 10/1" near "ngày 20/12/2023": 2024);
/// `within` days apart at most.
fn near_day_written_in_full(text: &str, d: u8, m: u8, within: u32) -> Option<u16> {
    FULL.captures_iter(text)
        .filter_map(|c| {
            let full = Date::new(num(c.get(3))?, num(c.get(2))?, num(c.get(1))?)?;
            if full.year < WEB_PRESS_YEAR {
                return None;
            }
            let n = full.rough_day_number();
            [full.year.saturating_sub(1), full.year, full.year + 1]
                .into_iter()
                .filter_map(|y| Date::new(y, m, d))
                .map(|date| (date.rough_day_number().abs_diff(n), date.year))
                .min()
        })
        .filter(|&(apart, _)| apart <= within)
        // Two days as near are the same day and month in two years: an
        // anniversary's span ("(1.9.1999 - 1.9.2019)"), whose latest year
        // is the news.
        .min_by_key(|&(apart, year)| (apart, std::cmp::Reverse(year)))
        .map(|(_, year)| year)
}

/// The ten heavenly stems and twelve earthly branches that name a lunar
/// year ("Mậu Tuất"), each at its place in the cycle.
const STEMS: [&str; 10] = [
    "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý",
];
const BRANCHES: [&[&str]; 12] = [
    &["Tý"],
    &["Sửu"],
    &["Dần"],
    &["Mão", "Mẹo"],
    &["Thìn"],
    &["Tỵ", "Tị"],
    &["Ngọ"],
    &["Mùi"],
    &["Thân"],
    &["Dậu"],
    &["Tuất"],
    &["Hợi"],
];

/// The year of an event in month `month` of a text that names no year but
/// its lunar new year ("Tết Nguyên đán Mậu Tuất" begins 2018): the weeks
/// before Tết fall in the year before it from September on.
fn lunar_new_year(text: &str, month: u8) -> Option<u16> {
    let year = ["Tết ", "tết ", "Xuân ", "xuân "].iter().find_map(|w| {
        memchr::memmem::find_iter(text.as_bytes(), w.as_bytes()).find_map(|at| {
            // The year's name comes within a few words ("Tết Nguyên đán
            // Mậu Tuất", "Xuân Giáp Thìn").
            let after = &text[at + w.len()..];
            let words: Vec<&str> = after.split([' ', ',', '.', ')']).take(5).collect();
            words.windows(2).find_map(|p| cycle_year(p[0], p[1]))
        })
    })?;
    Some(if month >= 9 { year - 1 } else { year })
}

/// The year a stem and a branch name anywhere in `head` ("(mùng 6 tháng
/// Giêng năm Giáp Thìn)"): Tết falls on the same solar day every few
/// cycles of nineteen years, and the lunar year's name tells them apart.
fn cycle_year_in(head: &str) -> Option<u16> {
    let words: Vec<&str> = head.split([' ', ',', '.', '(', ')']).collect();
    words.windows(2).find_map(|p| cycle_year(p[0], p[1]))
}

/// Whether a stem and a branch name a year of the cycle ("Giáp Thìn").
pub fn names_lunar_year(stem: &str, branch: &str) -> bool {
    cycle_year(stem, branch).is_some()
}

/// Whether the lower-case word `w` is a stem or a branch of the lunar
/// cycle ("giáp", "thìn").
pub(super) fn is_cycle_word(w: &str) -> bool {
    let same = |x: &&str| x.chars().flat_map(char::to_lowercase).eq(w.chars());
    STEMS.iter().any(same) || BRANCHES.iter().any(|b| b.iter().any(same))
}

/// The year between 1990 and 2049 named by a stem and a branch.
fn cycle_year(stem: &str, branch: &str) -> Option<u16> {
    let s = u16::try_from(STEMS.iter().position(|x| *x == stem)?).ok()?;
    let b = u16::try_from(BRANCHES.iter().position(|x| x.contains(&branch))?).ok()?;
    // 1984 was Giáp Tý, the first of a cycle of sixty.
    (1990..2050).find(|y| (y - 1984) % 10 == s && (y - 1984) % 12 == b)
}

/// Days an event may fall after its page's stamp and still be the stamp's
/// year: a page stamped when the draft was filed, or in another time zone,
/// reports the next morning's event ("Sáng 8/8" under "07/08/2025").
const STAMP_SLACK: u32 = 2;

/// Whether `date` is not after the stamp `published`, give or take the slack.
fn within_stamp(date: Date, published: Date) -> bool {
    // Counted in calendar days: "Sáng 2/3" under a stamp of 28/2 is two
    // days on, though a rough count of 31-day months makes it five.
    let mut last = published;
    for _ in 0..STAMP_SLACK {
        last = day_after(last).unwrap_or(last);
    }
    date.rough_day_number() <= last.rough_day_number()
}

/// The year of the period named near the start of `text` (its title and
/// lead), for an event in month `month`. A report that reviews one year
/// and plans the next ("tổng kết năm 2011, triển khai nhiệm vụ năm 2012")
/// is held late in the first or early in the second: in the first from
/// July, in the second before.
fn period_year(text: &str, month: u8) -> Option<u16> {
    let head = head(text);
    // "HĐND phường tổ chức kỳ họp 12 bất thường …": once the title or
    // lead names a session after the second, no election it tells of
    // opens the term; the term's first year is not the meeting's.
    let later = later_session(&head.to_lowercase());
    let mut years = PERIOD_YEAR.captures_iter(head).filter_map(|c| {
        let m = c.get(0)?;
        // "tổng kết nhiệm kỳ 2016 - 2021": a term reviewed as a whole is
        // looked back on in its last year, as a span is.
        let reviewed_term = c
            .get(3)
            .filter(|_| head[..m.start()].trim_end().ends_with("tổng kết"));
        // A term is opened in its first year by its congress or its first
        // session; a body that only names its term ("khóa X, nhiệm kỳ
        // 2014-2019") meets in any year of it.
        if c.get(2).is_some() && reviewed_term.is_none() && (later || !opens_term(head, m.start()))
        {
            return None;
        }
        let year = (!is_birth(head, m.start()))
            .then(|| num::<u16>(c.get(1).or(reviewed_term).or(c.get(2))))??;
        // "xét công nhận các xã đạt chuẩn … giai đoạn 2021 - 2025": a span
        // of years names the year it closes only when it is reviewed or its
        // best are honoured; otherwise the event is in any year of it.
        let spans = c
            .get(1)
            .is_some_and(|last| head[m.start()..last.start()].contains(['-', '–']));
        if spans && !closes_span(head, m.start()) {
            return None;
        }
        // "từ năm 1975 đến năm 1990": history, no year of web news; "phát
        // triển tỉnh đến năm 2020": a target, no year the event is in.
        let target = ["đến", "tới", "đến hết"]
            .iter()
            .any(|w| head[..m.start()].trim_end().ends_with(w));
        if year < WEB_PRESS_YEAR || target || law_year(head, m.start()) || history(head, m.start())
        {
            return None;
        }
        let term = c.get(2).is_some() && reviewed_term.is_none();
        let at = m.start();
        // "Ngày 5-12, … hiệp thương … ứng cử đại biểu HĐND xã, nhiệm kỳ
        // 2026-2031": deputies are elected in the first half of their
        // term's first year, so the rounds that name their candidates in
        // a second half are held the year before.
        let year = if term && month >= 7 && deputies_nominated(head, at) {
            year - 1
        } else {
            year
        };
        // "Sáng 15/12, … trong quý I/2018 sẽ đưa vụ án ra xét xử": a
        // quarter or month the event's month is far past is next year's.
        let year = if next_years(m.as_str(), month) {
            year - 1
        } else {
            year
        };
        Some((year, reviews(head, at, m.as_str()), term, plans(head, at)))
    });
    let (first, reviewed, first_term, planned) = years.next()?;
    // "tổng kết năm 2023", "quý IV/2023" reviewed in January: the next year.
    let reviewed = reviewed && month <= 3;
    // A term opened by the congresses a lead recalls ("Nghị quyết Đại hội
    // các cấp, nhiệm kỳ 2020 - 2025") is no year reviewed before the
    // year planned: only named years pair.
    let years = years
        .filter(|&(_, _, term, _)| !term && !first_term)
        .map(|(y, _, _, _)| y);
    let mut low = first;
    for y in years.take(8) {
        if y + 1 == low || y == low + 1 {
            low = low.min(y);
            return Some(if month >= 7 { low } else { low + 1 });
        }
    }
    // "triển khai nhiệm vụ năm 2017" in December: next year's plan is
    // made in the last month of the year before; a committee resolves on
    // next year's tasks from November on.
    Some(if reviewed {
        first + 1
    } else if planned.is_some_and(|from| month >= from) {
        first - 1
    } else {
        first
    })
}

/// Whether the quarter or month `phrase` names ("quý I/2018", "tháng
/// 2/2018") ends seven months or more before month `month`: named in
/// the autumn or winter, it is of the year after the event's.
fn next_years(phrase: &str, month: u8) -> bool {
    let lower = phrase.to_lowercase();
    let last_month = if let Some(rest) = lower.strip_prefix("quý ") {
        let roman: String = rest.chars().take_while(|c| "ivx".contains(*c)).collect();
        match roman.as_str() {
            "i" => 3,
            "ii" => 6,
            _ => return false,
        }
    } else if let Some(rest) = lower.strip_prefix("tháng ") {
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        digits.parse::<u8>().unwrap_or(12)
    } else {
        return false;
    };
    month >= last_month + 7
}

/// The year of an event in month `month` of the school year the title or
/// lead names ("lễ tổng kết năm học 2022-2023" in May is in 2023; the
/// opening of "năm học 2023 - 2024" in September in 2023): a school year
/// opens in August or September.
fn school_year(head: &str, month: u8) -> Option<u16> {
    let lower = head.to_lowercase();
    let at = lower.find("năm học ")? + "năm học ".len();
    let first: u16 = lower.get(at..at + 4)?.parse().ok()?;
    let last = span_end(&lower, at + 4)?;
    (last == first + 1 && first >= WEB_PRESS_YEAR).then_some(if month >= 8 { first } else { last })
}

/// Words that set out the tasks of the year named after them: a
/// conference held to start a year's work ("Hội nghị triển khai nhiệm vụ
/// năm 2024").
const PLANS: &[&str] = &[
    "triển khai nhiệm vụ",
    "triển khai kế hoạch",
    "phương hướng nhiệm vụ",
    "phương hướng, nhiệm vụ",
];

/// Words of a party committee's yearly resolution on the tasks of the
/// year named after them ("Hội nghị ra nghị quyết lãnh đạo thực hiện
/// nhiệm vụ năm 2024"): it is passed at the close of the year before, from
/// November on.
const RESOLVES: &[&str] = &[
    "ra nghị quyết lãnh đạo",
    "nghị quyết lãnh đạo thực hiện nhiệm vụ",
];

/// The first month in which the year phrase at byte `at` of `text`, when
/// it names the year a plan is for, is still the year after the event's:
/// December for plan words shortly before it, November for a committee's
/// resolution on next year's tasks; none after a review ("tổng kết").
fn plans(text: &str, at: usize) -> Option<u8> {
    let near = before(text, at, 80).to_lowercase();
    if near.contains("tổng kết") || near.contains("sơ kết") {
        return None;
    }
    if RESOLVES.iter().any(|w| near.contains(w)) {
        return Some(11);
    }
    PLANS.iter().any(|w| near.contains(w)).then_some(12)
}

/// Bytes of a text's title and lead.
const HEAD: usize = 800;

/// The title and lead of `text`: its first 800 bytes.
fn head(text: &str) -> &str {
    prefix(text, HEAD)
}

/// At most the first `max` bytes of `text`, ending on a character.
fn prefix(text: &str, max: usize) -> &str {
    let mut end = text.len().min(max);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// At most the `max` bytes of `text` before byte `at`, starting on a
/// character.
fn before(text: &str, at: usize, max: usize) -> &str {
    let mut from = at.saturating_sub(max);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    &text[from..at]
}

/// Whether the term named at byte `at` of `text` is being opened: a
/// congress, a first session, an election or its candidates come shortly
/// before it.
/// Whether the term named at byte `at` of `text` is that of deputies
/// whose candidates the sentence names or elects ("giới thiệu người ứng
/// cử đại biểu HĐND xã", "bầu cử đại biểu Quốc hội"): no congress ("Đại
/// hội đại biểu"), no by-election filling a seat mid-term ("bầu cử bổ
/// sung").
fn deputies_nominated(text: &str, at: usize) -> bool {
    let near = sentence_tail(before(text, at, 120)).to_lowercase();
    near.contains("đại biểu")
        && ["ứng cử", "bầu cử", "hiệp thương"]
            .iter()
            .any(|w| near.contains(w))
        && !near.contains("đại hội")
        && !near.contains("bổ sung")
}

fn opens_term(text: &str, at: usize) -> bool {
    // A by-election ("bầu bổ sung Ủy viên Ban Thường vụ … nhiệm kỳ
    // 2020-2025", "bầu cử bổ sung") fills a seat in any year of the term, and so does one
    // elected to a post someone left ("bà A được bầu giữ chức vụ Phó Chủ
    // tịch UBND huyện B nhiệm kỳ 2011 - 2016"): a first session says so.
    // Only the term's own sentence counts: "… được bầu làm Chủ tịch UBND
    // huyện A. Cũng trong ngày, HĐND huyện B khóa XVIII, nhiệm kỳ
    // 2011-2016 miễn nhiệm …" opens no term of B's.
    let near = sentence_tail(before(text, at, 120));
    let before = near
        .to_lowercase()
        .replace("bầu bổ sung", "")
        .replace("bầu cử bổ sung", "")
        .replace("bầu giữ chức", "");
    // "Kỳ họp thứ 15 HĐND tỉnh đã bầu ông A giữ chức Chủ tịch HĐND tỉnh,
    // nhiệm kỳ 2016 - 2021": a council meets twice or more a year, so a
    // session after its second fills a post years into the term.
    if later_session(&before) {
        return false;
    }
    ["đại hội", "thứ nhất", "bầu", "ứng cử"]
        .iter()
        .any(|w| before.contains(w))
        || early_session_after(text, at)
}

/// Ordinals of a council's sessions after its second, in words ("kỳ họp
/// thứ ba", "thứ mười lăm").
const LATER_SESSION_WORDS: &[&str] = &["ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"];

/// Whether lower-case `text` names a council's session after its second
/// ("kỳ họp thứ 15", "kỳ họp thứ mười", "kỳ họp thứ XI"; communes and wards
/// often drop the "thứ": "kỳ họp 12 bất thường"), held a year or more into
/// its term.
fn later_session(text: &str) -> bool {
    text.match_indices("kỳ họp ").any(|(k, w)| {
        let after = &text[k + w.len()..];
        let rest = after.strip_prefix("thứ ").unwrap_or(after);
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        match digits.parse::<u16>() {
            // "kỳ họp năm 2024" is the year's session, no count of them.
            Ok(n) => (3..100).contains(&n),
            // Words count sessions only after "thứ" ("kỳ họp năm 2024").
            Err(_) if rest.len() < after.len() => {
                let word = rest
                    .split(|c: char| !c.is_alphabetic())
                    .next()
                    .unwrap_or("");
                LATER_SESSION_WORDS.contains(&word) || sessions::roman(word).is_some_and(|n| n >= 3)
            }
            Err(_) => false,
        }
    })
}

/// Most bytes read after a term for the session it holds.
const MAX_SESSION_AFTER: usize = 120;

/// Whether the sentence of the term named at byte `at` goes on to one of
/// the term's first two sessions ("HĐND tỉnh khóa XV, nhiệm kỳ 2011 -
/// 2016 tổ chức kỳ họp thứ 2"): a council or an assembly holds both in
/// the year it is elected, so the term's first year is the event's.
fn early_session_after(text: &str, at: usize) -> bool {
    let mut to = (at + MAX_SESSION_AFTER).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let after = &text[at..to];
    // The term's own sentence only: up to a line break, a semicolon or a
    // full stop after a word.
    let end = after
        .char_indices()
        .find(|&(k, c)| c == '\n' || c == ';' || c == '.' && after[k + 1..].starts_with(' '))
        .map_or(after.len(), |(k, _)| k);
    let sentence = after[..end].to_lowercase();
    [
        "kỳ họp thứ nhất",
        "kỳ họp thứ hai",
        "kỳ họp đầu tiên",
        "kỳ họp thứ 2",
        "kỳ họp thứ 1",
    ]
    .iter()
    .any(|w| {
        sentence.match_indices(w).any(|(k, _)| {
            // "kỳ họp thứ 2" is no "kỳ họp thứ 21".
            !sentence[k + w.len()..].starts_with(|c: char| c.is_ascii_digit())
        })
    })
}

/// The part of `text` after its last sentence end: a line break, a
/// semicolon, or a full stop and a space after a small letter, a digit or
/// a bracket (the stop of "TP. Hà Nội" ends no sentence).
fn sentence_tail(text: &str) -> &str {
    let b = text.as_bytes();
    let end = (0..b.len()).rev().find(|&k| match b[k] {
        b'\n' | b';' => true,
        b'.' => {
            b.get(k + 1) == Some(&b' ')
                && text[..k]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit() || c == ')')
        }
        _ => false,
    });
    end.map_or(text, |k| &text[k + 1..])
}

/// The year of a review or an anniversary of `N` years of something the
/// same sentence dates: "tổng kết 10 năm thực hiện Nghị quyết … ngày
/// 3/6/2013" is held in 2023, "kỷ niệm 95 năm Ngày truyền thống
/// (15/10/1930 - 15/10/2025)" in 2025.
fn reviewed_year(head: &str, month: u8) -> Option<u16> {
    REVIEWED_SPAN.captures_iter(head).find_map(|c| {
        let span: u16 = num(c.get(1))?;
        let whole = c.get(0)?;
        let after = &head[whole.end()..];
        let sentence = after.split(['\n', ';']).next()?.split(". ").next()?;
        // "… phát triển tỉnh đến năm 2020": a target, not the day counted
        // from.
        // A day written with full stops counts from its year too ("sơ kết
        // 3 năm thực hiện Chỉ thị số 03, ngày 14.5.2011"), which the bare
        // year's pattern leaves to amounts ("1.2010").
        // "… và 1982 năm Khởi nghĩa Hai Bà Trưng": a number before "năm"
        // counts the years of a second anniversary, it dates nothing.
        let anniversary = whole.as_str().to_lowercase().starts_with("kỷ niệm");
        // "kỷ niệm 75 năm Ngày truyền thống ngành, tổng kết phong trào thi
        // đua năm 2016": a year a review names later in an anniversary's
        // sentence is the review's, not the one the anniversary counts from.
        let own = |at: usize| !anniversary || !reviewed_before(sentence, at);
        let year = ANY_YEAR
            .captures_iter(sentence)
            .filter_map(|y| y.get(1))
            .find(|y| {
                !aimed_at(sentence, y.start())
                    && !sentence[y.end()..].starts_with(" năm")
                    && own(y.start())
            })
            .or_else(|| {
                FULL.captures(sentence)
                    .and_then(|c| c.get(3))
                    .filter(|y| own(y.start()))
            });
        // "tổng kết 5 năm … giai đoạn 2011 – 2015": the span's own years
        // say when it closes, and a review is held late in its last year
        // or early in the next; an anniversary ("(1930 – 2025)") in it.
        if let Some(closing) = year.and_then(|y| span_end(sentence, y.end())) {
            return Some(if anniversary || month >= 7 {
                closing
            } else {
                closing + 1
            });
        }
        let begun = num(year).or_else(|| {
            // "kỷ niệm 90 năm Ngày truyền thống ngành Tuyên giáo" names
            // no year: the day the whole country keeps says it.
            anniversary.then(|| founding_year(sentence)).flatten()
        })?;
        Some(begun + span).filter(|&y| (1990..2100).contains(&y))
    })
}

/// Whether a span closer ("sơ kết", "tổng kết", "biểu dương" …) stands in
/// `sentence` before byte `at`: what an anniversary's sentence dates after
/// it is a second act's period.
fn reviewed_before(sentence: &str, at: usize) -> bool {
    let head = sentence[..at].to_lowercase();
    SPAN_CLOSERS.iter().any(|w| head.contains(w))
}

/// The national days and bodies anniversaries count from, with their
/// years, from `assets/lexicon/anniversaries.tsv`.
static FOUNDED: LazyLock<Vec<(&'static str, u16)>> = LazyLock::new(|| {
    super::lexicon::entries(super::lexicon::ANNIVERSARIES)
        .filter_map(|(w, y)| Some((w, y.parse().ok()?)))
        .collect()
});

/// The year of the first listed anniversary named at the start of
/// `sentence` (what follows "kỷ niệm N năm").
fn founding_year(sentence: &str) -> Option<u16> {
    // "thương binh – liệt sĩ": any dash is the list's hyphen.
    let lower = prefix(sentence, 160)
        .to_lowercase()
        .replace("uỷ", "ủy")
        .replace(['–', '—'], "-");
    // "kỷ niệm 110 năm ngày sinh cố Tổng Bí thư A, kỷ niệm 41 năm ngày
    // giải phóng miền Nam": a second anniversary after it counts its own
    // years from its own day, so only the words before it name this one.
    let lower = &lower[..second_anniversary(&lower)];
    FOUNDED
        .iter()
        .filter_map(|&(w, y)| Some((lower.find(w)?, y)))
        .min_by_key(|&(at, _)| at)
        .map(|(_, y)| y)
}

/// Where a second anniversary opens in `lower`, the words after "kỷ niệm
/// N năm": at another "kỷ niệm" or at a count of years ("… và 41 năm …");
/// the length when none does.
fn second_anniversary(lower: &str) -> usize {
    let again = lower.find("kỷ niệm").unwrap_or(lower.len());
    let counted = lower
        .match_indices(" năm")
        .map(|(k, _)| k)
        .find(|&k| lower[..k].ends_with(|c: char| c.is_ascii_digit()))
        .unwrap_or(lower.len());
    again.min(counted)
}

/// Whether the period `phrase` at byte `at` of `text` is a whole year or
/// its last quarter under review ("tổng kết … năm 2023", "quý IV/2023").
fn reviews(text: &str, at: usize, phrase: &str) -> bool {
    let lower = phrase.to_lowercase();
    if lower.starts_with("quý iv") {
        return true;
    }
    lower.starts_with("năm") && before(text, at, 60).to_lowercase().contains("tổng kết")
}

/// Words that look back on a span of years as it closes: a review
/// ("tổng kết giai đoạn 2016 – 2020"), an oversight of what was done in it
/// ("giám sát việc thực hiện … giai đoạn 2016 - 2019") or the honours
/// given for it ("biểu dương người có uy tín giai đoạn 2020 - 2022").
const SPAN_CLOSERS: &[&str] = &[
    "tổng kết",
    "sơ kết",
    "giám sát",
    "khảo sát",
    "đánh giá",
    "kết quả",
    "biểu dương",
    "tuyên dương",
    "khen thưởng",
    "vinh danh",
    "tôn vinh",
    "nhìn lại",
];

/// Whether the span of years at byte `at` of `text` is looked back on in
/// its own sentence.
fn closes_span(text: &str, at: usize) -> bool {
    let near = sentence_tail(before(text, at, 200)).to_lowercase();
    // "tổng kết nhiệm kỳ 2016 - 2021, triển khai phương hướng, nhiệm vụ
    // giai đoạn 2021 - 2026": the review is of the first span; the plan
    // named after it is what the later span is for.
    let after_plan = PLANS
        .iter()
        .filter_map(|w| near.rfind(w).map(|at| at + w.len()))
        .max()
        .map_or(near.as_str(), |end| &near[end..]);
    // "thẩm tra báo cáo đánh giá giữa kỳ … giai đoạn 2021 - 2025": a
    // review halfway through the span falls in any of its middle years,
    // not in the one that closes it.
    if MID_SPAN.iter().any(|w| after_plan.contains(w)) {
        return false;
    }
    SPAN_CLOSERS.iter().any(|w| after_plan.contains(w))
}

/// Words of a review held halfway through a span of years or a term.
const MID_SPAN: &[&str] = &["giữa kỳ", "giữa kì", "giữa nhiệm kỳ", "giữa nhiệm kì"];

/// Whether the year phrase at byte `at` of `text` follows "sinh" (born).
fn is_birth(text: &str, at: usize) -> bool {
    born(text[..at].trim_end_matches("năm ").trim_end())
}

/// Whether `before` (the text before a year) ends with "sinh" (born),
/// not with "Giáng sinh" (Christmas) nor "Phục sinh" (Easter), or with
/// "SN" ("(SN 1991, trú …)", the short form crime and court news writes).
fn born(before: &str) -> bool {
    let sn = before
        .strip_suffix("SN")
        .or_else(|| before.strip_suffix("sn"))
        .is_some_and(|rest| !rest.ends_with(|c: char| c.is_alphanumeric()));
    if sn {
        return true;
    }
    let Some(rest) = before
        .strip_suffix("sinh")
        .or_else(|| before.strip_suffix("Sinh"))
    else {
        return false;
    };
    let rest = rest.trim_end();
    !["giáng", "Giáng", "phục", "Phục"]
        .iter()
        .any(|feast| rest.ends_with(feast))
}

/// The year named most often in `text` (the latest on a tie), leaving out
/// the years of document codes ("10/2022/QH15") and birth years ("sinh năm
/// 1972"); with no other year, the latest year of a code: a text cites
/// documents of its own year or before.
fn main_year(text: &str) -> Option<u16> {
    let mut counts: Vec<(u16, usize)> = Vec::new();
    let mut latest_code = None;
    for c in YEAR.captures_iter(text) {
        let Some(m) = c.get(1) else {
            continue;
        };
        // "176/2025/QH15", "1973 năm khởi nghĩa Hai Bà Trưng": a code's
        // year, a count of years.
        let code = text[m.end()..].starts_with('/');
        let count = text[m.end()..].starts_with(" năm");
        let birth = born(text[..m.start()].trim_end_matches("năm ").trim_end());
        let goal = aimed_at(text, m.start()) || law_year(text, m.start());
        if code && text[..m.start()].ends_with('/') {
            latest_code = latest_code.max(num::<u16>(Some(m)));
        }
        // "nhiệm kỳ 2020-2025", "giai đoạn 2021 – 2025": a span names no
        // one year; a year before the web press is history.
        let span = in_span(text, m.start(), m.end());
        let Some(y) = num::<u16>(Some(m))
            .filter(|&y| !code && !count && !birth && !goal && !span && y >= WEB_PRESS_YEAR)
        else {
            continue;
        };
        // The title and lead count twice: a year named there is the
        // report's, one named once further down may be history ("… hồi
        // cuối năm 2007").
        let weight = if m.start() < HEAD { 2 } else { 1 };
        match counts.iter_mut().find(|(k, _)| *k == y) {
            Some(e) => e.1 += weight,
            None => counts.push((y, weight)),
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(y, n)| (n, y))
        .map(|(y, _)| y)
        .or(latest_code)
}

/// Most bytes between "lịch sử" and the span of years a history covers.
const MAX_HISTORY_TITLE: usize = 60;

/// Whether the period at byte `at` of `text` is the span a history covers
/// ("biên soạn Lịch sử Đảng bộ huyện giai đoạn 1975 – 2020"): a book
/// written years after it, no period under review.
fn history(text: &str, at: usize) -> bool {
    let near = sentence_tail(before(text, at, MAX_HISTORY_TITLE)).to_lowercase();
    near.contains("lịch sử")
}

/// The first year of a term that a congress or a first session opens,
/// anywhere in `text` (`period_year` reads its head only): "… tổ chức
/// thành công Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 – 2030" far down
/// the page dates a report that names no other year. Not a congress's
/// resolution carried out later ("thực hiện Nghị quyết Đại hội …, nhiệm kỳ
/// 2020 – 2025"), nor a review half-way ("giữa nhiệm kỳ"). Nor an
/// election alone: down the page it may fill a seat mid-term ("Nghị quyết
/// bầu Chủ tịch nước … nhiệm kỳ 2021 – 2026" at a fourth session), be the
/// one a meeting prepares ("phục vụ bầu cử … nhiệm kỳ 2021-2026") or a
/// bid made the year before ("ứng cử … nhiệm kỳ 2020 - 2021").
fn opened_term_year(text: &str) -> Option<u16> {
    PERIOD_YEAR.captures_iter(text).find_map(|c| {
        let year = num::<u16>(c.get(2)).filter(|&y| y >= WEB_PRESS_YEAR)?;
        let at = c.get(0)?.start();
        let near = before(text, at, 120).to_lowercase();
        let later = near.contains("nghị quyết đại hội") || near.contains("giữa nhiệm kỳ");
        (first_meeting(text, at) && !later).then_some(year)
    })
}

/// Whether the term named at byte `at` of `text` is opened by its body's
/// own first meeting in the same sentence: a congress or a first session
/// ("Đại hội … lần thứ nhất", "Kỳ họp thứ nhất", "phiên họp đầu tiên").
fn first_meeting(text: &str, at: usize) -> bool {
    let near = sentence_tail(before(text, at, 120)).to_lowercase();
    ["đại hội", "thứ nhất", "đầu tiên"]
        .iter()
        .any(|w| near.contains(w))
}

/// Whether the year after `before` is a goal's ("phấn đấu đến năm 2012
/// xóa xong nhà dột nát", "tầm nhìn đến năm 2045"): a plan names the year
/// it aims at, not the year it is made in.
fn aimed_at(text: &str, at: usize) -> bool {
    let tail = before(text, at, 24).trim_end().to_lowercase();
    ["đến năm", "tới năm", "đến hết năm"]
        .iter()
        .any(|w| tail.ends_with(w))
        || tail.ends_with("vào năm") && aside_year(text, at)
}

/// Names of laws and of the school curriculum that carry the year they
/// were passed ("Luật Đất đai 2024", "Hiến pháp năm 2013", "Chương trình
/// GDPT 2018"): a page cites them for years after.
const LAW_NAMES: &[&str] = &[
    "Luật ",
    // A code is "Bộ luật", its "luật" in lower case ("Điều 173 Bộ luật
    // Hình sự năm 2015"); a bare "luật" in lower case is the law at large
    // ("giáo dục pháp luật năm 2021") and names no law.
    "Bộ luật ",
    "bộ luật ",
    "Hiến pháp",
    "GDPT",
    "giáo dục phổ thông",
    "Giáo dục phổ thông",
];

/// Whether the year at byte `at` of `text` ends the name of a law or of
/// the curriculum: the year it was passed, not the year of the page. The
/// name runs up to the year with no figure, comma or "và" between them
/// ("Luật Tổ chức chính quyền địa phương năm 2015"; not "tuyên truyền
/// Hiến pháp năm 2013 cho hội viên năm 2021").
fn law_year(text: &str, at: usize) -> bool {
    let near = before(text, at, 60);
    LAW_NAMES.iter().any(|w| {
        near.rfind(w).is_some_and(|k| {
            let gap = &near[k + w.len()..];
            !gap.contains(|c: char| c.is_ascii_digit() || ",;.(".contains(c))
                && !gap.contains(" và ")
                && !gap.contains(" cho ")
        })
    })
}

/// Whether the clause before byte `at` of `text` sets a figure to reach
/// ("phấn đấu kim ngạch xuất khẩu của tỉnh đạt 2 tỷ USD vào năm 2030") or counts from
/// a start long past ("lần đầu tiên kể từ khi xã được thành lập vào
/// năm 2005"): the year after it is a goal or history, not the year
/// the page reports.
fn aside_year(text: &str, at: usize) -> bool {
    let near = before(text, at, 120);
    let clause = near.rsplit([',', '.', ';']).next().unwrap_or(near);
    [" đạt ", "mục tiêu", "phấn đấu", "kể từ"]
        .iter()
        .any(|w| clause.contains(w))
}

/// Whether the year at bytes `start..end` of `text` opens or closes a span
/// of years ("2020-2025", "2020 – 2025"), a dash and another year beside it.
fn in_span(text: &str, start: usize, end: usize) -> bool {
    fn dash(s: &str) -> Option<&str> {
        let s = s.trim_start_matches(' ');
        s.strip_prefix('-')
            .or_else(|| s.strip_prefix('–'))
            .map(|r| r.trim_start_matches(' '))
    }
    let year_at_start = |s: &str| {
        s.len() >= 4
            && s.as_bytes()[..4].iter().all(u8::is_ascii_digit)
            && !s.as_bytes().get(4).is_some_and(u8::is_ascii_digit)
    };
    let after = text.get(end..).and_then(dash).is_some_and(year_at_start);
    let head = text.get(..start).unwrap_or("").trim_end_matches(' ');
    let before = head
        .strip_suffix('-')
        .or_else(|| head.strip_suffix('–'))
        .map(|r| r.trim_end_matches(' '))
        .is_some_and(|r| {
            let b = r.as_bytes();
            b.len() >= 4
                && b[b.len() - 4..].iter().all(u8::is_ascii_digit)
                && !(b.len() > 4 && b[b.len() - 5].is_ascii_digit())
        });
    after || before
}

/// The closing year of a span whose opening year ends at byte `end` of
/// `text` ("2011 – 2015": 2015).
fn span_end(text: &str, end: usize) -> Option<u16> {
    let rest = text.get(end..)?.trim_start_matches(' ');
    let rest = rest
        .strip_prefix('-')
        .or_else(|| rest.strip_prefix('–'))?
        .trim_start_matches(' ');
    let digits = rest.get(..4)?;
    if rest.as_bytes().get(4).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    digits.parse().ok()
}

fn day_after(d: Date) -> Option<Date> {
    Date::new(d.year, d.month, d.day + 1)
        .or_else(|| Date::new(d.year, d.month + 1, 1))
        .or_else(|| Date::new(d.year + 1, 1, 1))
}

fn day_before(d: Date) -> Option<Date> {
    if d.day > 1 {
        return Date::new(d.year, d.month, d.day - 1);
    }
    let (y, m) = if d.month == 1 {
        (d.year.checked_sub(1)?, 12)
    } else {
        (d.year, d.month - 1)
    };
    (28..=31).rev().find_map(|day| Date::new(y, m, day))
}

mod elections;
mod era;
mod foreign;
mod incident;
mod prepared;
mod recalled;
mod recounted;
mod relative;
mod sessions;
mod tet;

pub use era::{era_bound, names_reform_body};
pub use foreign::foreign_stamp;
pub use incident::incident_day;

#[cfg(test)]
mod tests;
