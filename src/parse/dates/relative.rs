//! Where a word for a day relative to the stamp ("sáng nay", "hôm qua")
//! times the report's own event: at the head of the lead's sentence
//! ("Sáng nay, Ban Dân vận …", "(Baophutho) - Chiều qua, …", "Tại Hà Nội,
//! sáng nay, …"), set off by commas before the main clause, or right
//! after its subject ("Huyện ủy Thanh Ba sáng nay
//! tổ chức …"). Further on, the same words tell of something else: a
//! habit in a profile ("mỗi sáng, ông lại đến từng nhà để xem hôm nay có
//! cháu nào nghỉ học"), what someone said or recalls ("kể: “Sáng hôm nay
//! thì đi vận động…”"). A speech may name its day past its address to
//! the hearers ("Thưa toàn thể cử tri, hôm nay, …"). It reads one
//! sentence, byte offsets only.

use crate::parse::text::word_count_to;

/// The most words a sentence's subject may have before its time ("Ban
/// Thường trực Ủy ban MTTQ Việt Nam huyện sáng nay …").
const SUBJECT_WORDS: usize = 10;

/// The most words of a dateline before " - " ("(Baophutho) -", "NDO -",
/// "Hà Nội -").
const DATELINE_WORDS: usize = 4;

/// Words that open a place or a source set before the time with a comma
/// ("Tại Hà Nội, sáng nay, …", "Theo phóng viên, chiều qua, …").
const OPENERS: &[&str] = &["tại ", "ở ", "theo ", "trong ", "vào "];

/// Words that open a speech's address to its hearers.
const VOCATIVES: &[&str] = &["thưa ", "kính thưa "];

/// Whether the relative day word at bytes `at..end` of a lead (in lower
/// case, `end` maybe past one character after it) times the lead's own
/// clause: outside any quotation, set off by commas or with nothing
/// before it in its sentence but a dateline, an opening place, and a
/// short subject.
pub(super) fn times_own_clause(lower: &str, at: usize, end: usize) -> bool {
    let before = &lower[..at];
    if quoted(before) {
        return false;
    }
    // Set off by commas, it is the main clause's fronted time ("Hòa chung
    // không khí cả nước, sáng nay, Huyện ủy …"), however long the phrase
    // before it.
    if before.trim_end().ends_with(',') && lower[..end].trim_end().ends_with(',') {
        return true;
    }
    let start = [". ", "! ", "? "]
        .iter()
        .filter_map(|p| before.rfind(p).map(|k| k + p.len()))
        .max()
        .unwrap_or(0);
    let head = past_dateline(before[start..].trim_start());
    let head = past_opener(head).trim();
    head.is_empty()
        // A speech addresses its hearers first ("Thưa toàn thể cử tri và
        // Nhân dân trong tỉnh, hôm nay, …").
        || VOCATIVES.iter().any(|v| head.starts_with(v))
        || !head.contains([',', ';', ':', '(', '“', '"'])
            && word_count_to(head, SUBJECT_WORDS + 1) <= SUBJECT_WORDS
}

/// Whether a quotation is open at the end of `before`: more opening
/// curly quotes than closing ones, or an odd number of straight ones.
fn quoted(before: &str) -> bool {
    let opened = before.matches('“').count();
    let closed = before.matches('”').count();
    opened > closed || before.matches('"').count() % 2 == 1
}

/// `head` past a short dateline ending in " - " or " – ".
fn past_dateline(head: &str) -> &str {
    [" - ", " – "]
        .iter()
        .filter_map(|sep| head.find(sep).map(|k| (k, sep.len())))
        .min()
        .filter(|&(k, _)| word_count_to(&head[..k], DATELINE_WORDS + 1) <= DATELINE_WORDS)
        .map_or(head, |(k, len)| &head[k + len..])
}

/// `head` past one opening phrase of place or source that a comma closes
/// ("tại hội trường ubnd tỉnh, ").
fn past_opener(head: &str) -> &str {
    if !OPENERS.iter().any(|o| head.starts_with(o)) {
        return head;
    }
    match head.find(", ") {
        Some(k) if word_count_to(&head[..k], SUBJECT_WORDS + 1) <= SUBJECT_WORDS => &head[k + 2..],
        _ => head,
    }
}
