//! Days a lead names that date no event it reports: a day named as a
//! yearly observance ("Từ đó, ngày 15/10 trở thành Ngày truyền thống công
//! tác dân vận"), and the start of what a round-up or a profile reviews
//! ("Ngày 15/10/2022, Ban Dân vận phát động phong trào … Sau một năm, …",
//! "… được bầu làm Trưởng thôn. Từ đó đến nay, …"): the page's news is
//! the time since, which has no day. A lead that plans a day still to
//! come and tells what was just done ("Mới đây, …") reports the latter.

use crate::model::Date;

/// Words right after a day that name it as a yearly observance.
const OBSERVANCE_AFTER: &[&str] = &[
    "trở thành",
    "hằng năm",
    "hàng năm",
    "là ngày",
    "được chọn",
    "được lấy làm",
    "được xác định là",
];

/// Whether the day ending at byte `end` of `lower` is named as a yearly
/// observance or for what it means: "ngày 15/10 trở thành Ngày truyền
/// thống …", "ngày 18/11 hằng năm", "ngày 23/5 thực sự là ngày hội lớn".
pub(super) fn names_observance(lower: &str, end: usize) -> bool {
    let after = lower[end..].trim_start_matches([' ', ',', ')']);
    // A word or two may qualify the naming ("ngày 23/5 thực sự là ngày
    // hội lớn", "ngày 15/10 đã trở thành …").
    let mut rest = after;
    for _ in 0..=QUALIFIER_WORDS {
        if OBSERVANCE_AFTER.iter().any(|w| rest.starts_with(w)) {
            return true;
        }
        let Some(k) = rest.find(' ') else {
            return false;
        };
        rest = &rest[k + 1..];
    }
    false
}

/// The most words between a day and the words that name it an
/// observance.
const QUALIFIER_WORDS: usize = 2;

/// Days before a page's stamp beyond which a day its lead reviews the
/// time since is that review's start, not its news: a report is posted
/// within weeks of its event.
const RECALL_DAYS: u32 = 31;

/// Words that count the time since a start ("Từ đó đến nay", "Đến nay").
const SINCE: &[&str] = &["từ đó đến nay", "từ đó tới nay", "đến nay", "tới nay"];

/// Words that may stand between "sau" and the unit of the time since
/// ("sau gần một năm", "sau hơn 3 tháng").
const COUNT_WORDS: &[&str] = &[
    "gần", "hơn", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "nửa",
];

/// Whether `date`, dated at bytes up to `end` of a lead (in lower case)
/// more than `RECALL_DAYS` before the stamp `published`, starts what the
/// rest of the lead reviews: "Đến nay", "Từ đó đến nay", "Sau một năm"
/// follow it.
pub(super) fn reviewed_since(lower: &str, end: usize, date: Date, published: Date) -> bool {
    if date.rough_day_number() + RECALL_DAYS >= published.rough_day_number() {
        return false;
    }
    let rest = &lower[end..];
    SINCE.iter().any(|s| rest.contains(s)) || counts_time_after(rest)
}

/// Whether `rest` says "sau" and a span of years or months ("sau một năm",
/// "sau 5 năm thực hiện", "sau hơn 3 tháng").
fn counts_time_after(rest: &str) -> bool {
    rest.match_indices("sau ").any(|(k, w)| {
        for word in rest[k + w.len()..].split(' ').take(4) {
            let word = word.trim_end_matches([',', '.']);
            if word == "năm" || word == "tháng" {
                return true;
            }
            if !(word.bytes().all(|b| b.is_ascii_digit()) || COUNT_WORDS.contains(&word)) {
                return false;
            }
        }
        false
    })
}

/// Words that tell news without its day ("Mới đây, Ban Thường trực đã
/// họp", "vừa qua", "vừa tổ chức").
const UNDATED_NEWS: &[&str] = &["mới đây", "vừa qua", " vừa tổ chức", " vừa họp"];

/// Whether a lead paragraph (in lower case) tells news without its day.
pub(super) fn tells_undated_news(lower: &str) -> bool {
    UNDATED_NEWS.iter().any(|w| lower.contains(w))
}
