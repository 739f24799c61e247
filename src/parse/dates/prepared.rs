//! The day of a lead's own event written after a day that is only
//! planned, in the same paragraph: "Hướng tới Đại hội Hội Nông dân xã,
//! dự kiến tổ chức ngày 20/9/2031; chiều 2/8/2031, Ban Chấp hành họp bàn
//! công tác chuẩn bị …". The plan is what the event prepares for; the
//! time phrase that opens a clause of its own after it dates the event.
//! It reads one paragraph and never moves past a clause still to come.

use super::{first_date, prefix, EVENT};
use crate::model::Date;

/// Words of a clause that is itself still to come.
const AHEAD: &[&str] = &["sẽ ", "dự kiến"];

/// Bytes of the clause after a time phrase read for `AHEAD`: a clause's
/// verb comes within its first words, and the bound keeps one pass over a
/// paragraph of many time phrases linear.
const CLAUSE_BYTES: usize = 160;

/// The day of the first dated time phrase after byte `planned_at` of the
/// paragraph `lower` (in lower case) that opens a clause of its own: set
/// off by a semicolon or a comma before it and a comma after it, in a
/// clause that plans nothing.
pub fn own_clause_after(
    lower: &str,
    planned_at: usize,
    published: Option<Date>,
    text: &str,
) -> Option<Date> {
    // Only the first such phrase is read: one pass over the paragraph.
    let opening = EVENT.captures_iter(lower).find(|c| {
        let Some(whole) = c.get(0).filter(|w| w.start() > planned_at) else {
            return false;
        };
        let Some(word) = whole.as_str().find(char::is_alphabetic) else {
            return false;
        };
        let opens = lower[..whole.start() + word]
            .trim_end()
            .ends_with([';', ',']);
        let Some(last) = c.get(3).or(c.get(2)) else {
            return false;
        };
        let after = lower[last.end()..].trim_start();
        let clause = prefix(after, CLAUSE_BYTES);
        let clause = clause.split([';', '.']).next().unwrap_or(clause);
        opens && after.starts_with(',') && !AHEAD.iter().any(|w| clause.contains(w))
    })?;
    let start = opening.get(0)?.start();
    first_date(&EVENT, &lower[start..], published, text).map(|(_, date)| date)
}
