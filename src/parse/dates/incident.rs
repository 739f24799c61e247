//! The day an incident happened, when a lead dates only the day it is
//! being looked into ("Ngày 15-9, Công an huyện đang điều tra vụ …") and
//! the lead or a paragraph after it says when it happened ("Vụ việc xảy
//! ra vào tối 13-9"): the report's event is the incident, not the inquiry.
//! It reads no further than a few paragraphs and never moves a date later.

use super::{first_date, EVENT};
use crate::model::Date;

/// Words of a lead that reports an incident under inquiry.
const INQUIRY: &[&str] = &[
    "đang điều tra",
    "điều tra làm rõ",
    "điều tra, làm rõ",
    "đang làm rõ",
    "đang xác minh",
    "đang truy tìm",
];

/// Words that say when an incident happened.
const HAPPENED: &str = "xảy ra";

/// Paragraphs read for the incident's day, the lead among them.
const PARAGRAPHS: usize = 5;

/// Days an incident may come before the day its inquiry is reported.
const INCIDENT_DAYS: u32 = 7;

/// The day the incident reported by `paragraphs[0]` (in lower case)
/// happened, from the first sentence that says it "xảy ra" with a day, in
/// the week before `lead_day`, the day the lead dates its inquiry.
pub fn incident_day(
    paragraphs: &[&str],
    lead_day: Date,
    published: Option<Date>,
    text: &str,
) -> Option<Date> {
    let lead = paragraphs.first()?;
    if !INQUIRY.iter().any(|w| lead.contains(w)) {
        return None;
    }
    let before = lead_day.rough_day_number();
    paragraphs.iter().take(PARAGRAPHS).find_map(|lower| {
        let at = lower.find(HAPPENED)?;
        // The day after the words ("xảy ra vào tối 13-9"), or else the
        // first of their sentence ("Khoảng 22h ngày 13-9, … đã xảy ra"):
        // dates use dots too ("13.9"), so a sentence ends at a dot and a
        // space.
        let start = lower[..at].rfind(". ").map_or(0, |i| i + 2);
        let (_, date) = first_date(&EVENT, &lower[at..], published, text)
            .or_else(|| first_date(&EVENT, &lower[start..at], published, text))?;
        let day = date.rough_day_number();
        (day < before && day + INCIDENT_DAYS >= before).then_some(date)
    })
}
