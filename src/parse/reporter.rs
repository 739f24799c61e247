//! A lead that opens with the outlet's own reporter relaying the news
//! ("PV Thái Bình/VOV Miền Trung thông tin, sáng nay …"): the byline reads
//! the reporter from it, the organizer skips it to find the body that acts.
//! The words are data (`assets/lexicon/reporters.txt`).

use super::lexicon::{entries, REPORTERS};
use std::sync::LazyLock;

/// The two word lists of the lexicon, in lower case: what the reporter is
/// called (longest first, so "nhóm pv" is tried before "pv") and the verbs.
struct Words {
    reporters: Vec<String>,
    verbs: Vec<String>,
    desks: Vec<String>,
}

static WORDS: LazyLock<Words> = LazyLock::new(|| {
    let list = |marker: &str| -> Vec<String> {
        entries(REPORTERS)
            .filter(|(_, m)| *m == marker)
            .map(|(w, _)| w.to_lowercase())
            .collect()
    };
    let mut reporters = list("reporter");
    reporters.sort_by_key(|w| std::cmp::Reverse(w.len()));
    Words {
        reporters,
        verbs: list("passes"),
        desks: list("desk"),
    }
});

/// Whether `words` name a desk of the newsroom (`desk`), in any case:
/// "Điện tử" after "Phóng viên" signs for the online desk.
pub(super) fn is_desk(words: &str) -> bool {
    let low = words.to_lowercase();
    WORDS.desks.contains(&low)
}

/// Where the parts of a reporter's opener lie in the text it opens, as
/// byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct ReporterOpener {
    /// Where the reporter's own words begin, after what they are called
    /// ("Thái Bình/VOV Miền Trung").
    pub who: usize,
    /// Where the relaying verb begins (its leading space included).
    pub verb: usize,
    /// Where the verb ends, before any comma or colon after it.
    pub end: usize,
}

/// The reporter's opener of `text`, in any case: what the reporter is
/// called, a space, their words, then the first relaying verb as a word.
pub(super) fn reporter_opener(text: &str) -> Option<ReporterOpener> {
    // The longest name ("Nhóm phóng viên") is short: lower only its length.
    let head: String = text.chars().take(16).collect::<String>().to_lowercase();
    let called = WORDS.reporters.iter().find(|r| {
        head.strip_prefix(r.as_str())
            .is_some_and(|rest| rest.starts_with(' '))
    })?;
    // Lowering keeps the lengths of these letters, so offsets carry over.
    let who = text
        .char_indices()
        .nth(called.chars().count() + 1)
        .map(|(i, _)| i)?;
    let rest = &text[who..];
    let (at, verb) = WORDS
        .verbs
        .iter()
        .filter_map(|v| {
            let at = find_word(rest, v)?;
            Some((at, v))
        })
        .min()?;
    Some(ReporterOpener {
        who,
        verb: who + at - 1,
        end: who + at + verb.len(),
    })
}

/// Where `word` (lower case) first stands as a whole word after a space in
/// `text`: the verbs are written in lower case mid-sentence.
fn find_word(text: &str, word: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(p) = text[from..].find(word) {
        let at = from + p;
        let before = text[..at].ends_with(' ');
        let after = text[at + word.len()..]
            .chars()
            .next()
            .is_none_or(|c| !crate::parse::text::is_letter(c));
        if before && after {
            return Some(at);
        }
        from = at + word.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(text: &str) -> Option<(&str, &str)> {
        let o = reporter_opener(text)?;
        Some((&text[o.who..o.verb], &text[o.verb..o.end]))
    }

    #[test]
    fn a_reporter_and_outlet_before_the_verb() {
        assert_eq!(
            parts("PV Hải Yến/VOV Tây Bắc thông tin, sáng 2/4, …"),
            Some(("Hải Yến/VOV Tây Bắc", " thông tin"))
        );
        assert_eq!(
            parts("phóng viên thường trú đưa tin: chiều nay …"),
            Some(("thường trú", " đưa tin"))
        );
        assert_eq!(
            parts("Nhóm PV Báo Tây Ninh cho biết, …"),
            Some(("Báo Tây Ninh", " cho biết"))
        );
    }

    #[test]
    fn the_first_verb_as_a_whole_word() {
        // "thông tin" inside "thông tinh" is no verb; the first whole one is.
        assert_eq!(
            parts("PV A/VTV thông tinh xx đưa tin, sáng nay"),
            Some(("A/VTV thông tinh xx", " đưa tin"))
        );
    }

    #[test]
    fn only_at_the_start_and_with_a_verb() {
        assert_eq!(reporter_opener("Theo PV A thông tin, …"), None);
        assert_eq!(reporter_opener("PV A/VOV có mặt tại hiện trường"), None);
        assert_eq!(reporter_opener("PVN thông tin, …"), None);
    }
}
