//! Text -> `Report`: cleaning page furniture and extracting fields.
//! Input is already decoded, NFC-normalized and free of control characters
//! (see `load`); decomposed text is still composed here so that nothing
//! depends on it. No I/O here. One file per concern:
//! `page`/`clean` (zones and furniture), `title`, `dates`, `byline` (source
//! and author), `meta` (level, kind, period), `places`, `people`/`names`/
//! `titles`/`roles`/`merge` (officials), `documents`, `figures`.

mod byline;
mod clean;
mod dates;
mod documents;
mod figures;
mod merge;
mod meta;
mod names;
mod page;
mod people;
mod places;
mod roles;
mod rx;
mod text;
mod title;
mod titles;
mod tokens;
mod vocab;

use crate::model::{Mention, Report};
use std::borrow::Cow;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Parses one report's text. `file` is recorded as given. Never panics.
pub fn parse_report(file: &str, text: &str) -> Report {
    let text = compose(text);
    let mut page = page::read_page(&text);
    let (source, author) = byline::source_and_author(&mut page);
    let title = title::choose(&page);
    let published =
        dates::published(&page.header_dates).or_else(|| dates::published(&page.foot_dates));
    let toks: Vec<tokens::Tokens> = page
        .paragraphs
        .iter()
        .map(|p| tokens::Tokens::new(p))
        .collect();
    let lowers_all: Vec<&str> = toks.iter().map(|t| t.lower.as_str()).collect();
    let lead: Vec<&str> = lowers_all.iter().take(2).copied().collect();
    let event_date = dates::event_date(&lead, published, &text).or_else(|| {
        let day = page.dateline.as_deref()?;
        dates::day_month(day, published, &text)
    });
    let (officials, places) = people_and_places(&toks);
    let title_lower = title.as_deref().map(text::lower_same);
    let first = page.paragraphs.first().map_or("", String::as_str);
    let first_lower = lead.first().copied().unwrap_or("");
    let heads: Vec<(&str, &str)> = title
        .as_deref()
        .zip(title_lower.as_deref())
        .into_iter()
        .chain([(first, first_lower)])
        .collect();
    let lowers: Vec<&str> = heads.iter().map(|h| h.1).collect();
    let year = event_date.or(published).map(|d| d.year);
    Report {
        file: file.to_string(),
        published,
        event_date,
        source,
        author,
        level: meta::level(&lowers, &officials, &text),
        kind: meta::kind(&lowers),
        period: meta::period(&heads, year),
        places,
        documents: documents::find_documents(&page.paragraphs),
        figures: figures::find_figures(&page.paragraphs),
        movements: figures::find_movements(&page.paragraphs, &lowers_all),
        officials,
        title,
        body: page.paragraphs.join("\n"),
    }
}

/// NFC form of `text`, borrowed when it already is.
fn compose(text: &str) -> Cow<'_, str> {
    // Combining marks U+0300–U+036F start with byte 0xCC or 0xCD; text
    // without them (nearly all of it, after loading) needs no further look.
    if memchr::memchr2(0xCC, 0xCD, text.as_bytes()).is_none() {
        return Cow::Borrowed(text);
    }
    match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => Cow::Borrowed(text),
        _ => Cow::Owned(text.nfc().collect()),
    }
}

/// Officials (merged) and places of all paragraphs (tokenized once).
fn people_and_places(toks: &[tokens::Tokens]) -> (Vec<Mention>, Vec<String>) {
    let mut found = Vec::new();
    let mut roles = Vec::new();
    let mut places = Vec::new();
    for t in toks {
        let f = people::find_people(t);
        roles.extend(roles::assign_roles(t, &f));
        found.extend(f);
        places::collect_places(t, &mut places);
    }
    (merge::merge(&found, &roles), places)
}
