//! Other articles' headlines at the foot of an article that no writer
//! signs: a run of lines with no full stop, each naming someone the
//! article never names, maybe each over its own lead ("Chủ tịch UBND tỉnh
//! A kiểm tra …", then "Sáng 3/3, đồng chí A …"). Under a writer's line
//! the teasers are told apart by that line (`after_signer`); with none,
//! the headlines read as a series of photo captions and their leads as
//! paragraphs, and the report would take their officials as present. A
//! caption series of the article's own event names its people or opens
//! with who the photo shows ("Đồng chí …", "Các đại biểu …"), and a series
//! of profiles ends with a paragraph of no day of its own: both stay.

use super::after_signer::{signs, tells_a_day};
use super::captions::opens_with_subject;
use super::{body_like, ends_sentence, remove_lines, starts_with_time};
use crate::parse::lexicon;
use crate::parse::names;
use crate::parse::text::{lower_same, word_count};
use crate::parse::tokens::Tokens;

/// Drops the other articles' headlines, each maybe over its lead, at the
/// foot of `body` (`teasers_start`); `captioned` follows the lines that
/// stay. A digest, told by its headline (`title`), gathers many items of
/// its own, each under its own headline, and is left whole.
pub(super) fn drop_unsigned_teasers(
    body: &mut Vec<String>,
    captioned: &mut Vec<usize>,
    title: Option<&str>,
) {
    if title.is_some_and(|t| lexicon::is_digest(&lower_same(t))) {
        return;
    }
    if let Some(start) = teasers_start(body) {
        remove_lines(body, captioned, start..body.len());
    }
}

/// Most headlines read up from the foot: a box of related articles lists
/// a dozen at most, and the walk stays short on any page.
const MAX_TEASERS: usize = 12;

/// Where the run of other articles' headlines at the foot of `body`
/// starts: two or more headlines (`headline`), each alone or over a lead
/// that opens with its own day (`teaser_lead`), each naming, in itself or
/// its lead, someone the lines above it never name, two people at least in all, under an
/// article closed by a finished paragraph. None when the foot is no such
/// run.
fn teasers_start(body: &[String]) -> Option<usize> {
    let mut k = body.len();
    let mut headlines = 0;
    let mut named: Vec<String> = Vec::new();
    while headlines < MAX_TEASERS {
        let led = k >= 2 && teaser_lead(&body[k - 1]) && headline(&body[k - 2]);
        // A headline alone must not open as a caption does: "Đồng chí A
        // trao quà …" under the article is its photo's.
        let alone = k >= 1 && headline(&body[k - 1]) && !opens_with_subject(&body[k - 1]);
        let step = if led {
            2
        } else if alone {
            1
        } else {
            break;
        };
        let above = &body[..k - step];
        // "Trưởng Ban Dân vận Huyện ủy thăm hỏi …" over "Ngày 1/3, đồng
        // chí A, Trưởng Ban …": the lead may name whom its headline names
        // by the post.
        let found: Vec<String> = body[k - step..k]
            .iter()
            .flat_map(|l| people_named(l))
            .collect();
        if found.is_empty()
            || found
                .iter()
                .any(|n| above.iter().any(|l| l.contains(n.as_str())))
        {
            break;
        }
        named.extend(found);
        k -= step;
        headlines += 1;
    }
    named.sort_unstable();
    named.dedup();
    let closed = k > 0 && body_like(&body[k - 1]) && ends_sentence(&body[k - 1]);
    (headlines >= 2 && named.len() >= 2 && closed).then_some(k)
}

/// Whether `line` is a headline of another article: four to thirty words
/// opening with a capital, no mark closing a sentence, a list's heading or
/// a clause, no photo credit ("Ảnh"), no writer's line.
fn headline(line: &str) -> bool {
    let line = line.trim_end();
    (4..=30).contains(&word_count(line))
        && line.starts_with(char::is_uppercase)
        && !ends_sentence(line)
        && !line.ends_with([',', '-', '–', '|'])
        && !line.contains("Ảnh")
        && !signs(line)
}

/// Whether `line` is a teaser's lead: a paragraph opening with its time
/// and a day of its own ("Sáng 3/3, …", "Ngày 1/3, …").
fn teaser_lead(line: &str) -> bool {
    body_like(line) && starts_with_time(&lower_same(line)) && tells_a_day(line)
}

/// The people's names written in `line`, each opening with a family name
/// that opens no common place or word, as `names` reads them ("Trần Văn
/// Bình" in "Chủ tịch UBND tỉnh Trần Văn Bình kiểm tra …").
fn people_named(line: &str) -> Vec<String> {
    let t = Tokens::new(line);
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        match (t.is_cap(i) && t.family(i, false))
            .then(|| names::parse_name(&t, i, false))
            .flatten()
        {
            Some((end, name)) => {
                out.push(name);
                i = end;
            }
            None => i += 1,
        }
    }
    out
}
