//! Text -> `Report`: cleaning page furniture and extracting fields.
//! Input is already decoded, NFC-normalized and free of control characters
//! (see `load`); decomposed text is still composed here (`normalize`) so
//! that nothing depends on it. No I/O here. One file per concern:
//! `page`/`clean` (zones and furniture), `title`, `dates`, `byline` (source
//! and author), `meta` (level, kind, period), `places`, `people`/`names`/
//! `titles`/`organs`/`abbrev`/`roles`/`merge` (officials; word lists in
//! `lexicon` and `vocab`), `documents`, `figures`.

mod abbrev;
mod byline;
mod clean;
mod dates;
mod documents;
mod figures;
mod jurisdiction;
mod lexicon;
mod lookup;
mod merge;
mod meta;
mod names;
mod normalize;
mod organs;
mod page;
mod people;
mod places;
mod reporter;
mod roles;
mod rx;
pub(crate) mod text;
mod title;
mod titles;
mod tokens;
mod vocab;

use crate::model::{Body, Mention, Report, Role, Text};
use std::borrow::Cow;

/// Every abbreviation the parser knows with what it stands for, in the
/// order of `assets/lexicon/abbreviations.tsv` (for `dvtui glossary`).
pub fn glossary() -> Vec<(&'static str, &'static str)> {
    vocab::glossary().collect()
}

/// `title` with its abbreviations spelled out, `None` when it has none.
#[must_use]
pub fn expand_title(title: &str) -> Option<String> {
    abbrev::expand(title)
}

/// Whether `phrase` names a foreign country or an international body of
/// the country list ("Campuchia", "Liên hợp quốc"), in any case.
pub fn is_country(phrase: &str) -> bool {
    vocab::is_country(&text::squash(phrase).to_lowercase())
}

/// The national organisations whose full name ends in "Việt Nam", lower
/// case and without it ("hội nông dân"), from
/// `assets/lexicon/national_bodies.txt`.
pub fn national_bodies() -> impl Iterator<Item = &'static str> {
    lexicon::words(lexicon::NATIONAL_BODIES)
}

/// Whether `title` is a military or police rank ("Đại tá", "Thiếu tướng"),
/// from `assets/lexicon/ranks.txt`.
#[must_use]
pub fn is_rank(title: &str) -> bool {
    vocab::is_rank(&text::squash(title).to_lowercase())
}

/// The dates of a page's header.
struct Publication {
    /// When the page was posted.
    published: Option<crate::model::Date>,
    /// Whether the header stamp is the site's clock rather than the page's own date.
    clock: bool,
    /// The stamp of the day the page was loaded: no publication date, but
    /// the report's event is no later.
    loaded: Option<crate::model::Date>,
}

/// The page's publication date, and whether its header stamp is the
/// site's clock rather than the page's own date.
fn publication(page: &page::Page) -> Publication {
    // A lead that opens with a date the header stamp cannot be the
    // publication of shows the stamp is the site's clock.
    let lead = page.paragraphs.first().map(|p| text::lower_same(p));
    // A stamp above the first paragraph dates the page before any under
    // it, which may date other items of a list.
    let above = page
        .stamps_above_lead
        .filter(|&k| k > 0)
        .unwrap_or(page.header_dates.len());
    // Of those, one under the headline before one above it.
    let under_title = page.stamps_above_title.filter(|&k| k < above).unwrap_or(0);
    let header = summary_stamp(page, above)
        .or_else(|| dates::published(&page.header_dates[under_title..above]));
    // Only stamps above the headline were read: one may be when the page
    // was loaded.
    let over_title = under_title == 0 && page.stamps_above_title.is_some_and(|k| k > 0);
    let loaded = header.filter(|&p| {
        over_title && {
            let opening: Vec<String> = page
                .paragraphs
                .iter()
                .take(3)
                .map(|p| text::lower_same(p))
                .collect();
            dates::stamp_is_load_time(p, &opening)
        }
    });
    // A day with no time over the headline, days after the day the lead
    // calls today, is the site's clock; the lead's day is the page's.
    let written = header
        .filter(|_| over_title && page.header_dates[..above].iter().all(|s| timeless(s)))
        .zip(lead.as_deref())
        .and_then(|(p, l)| dates::written_before_stamp(l, p));
    let clock = loaded.is_some()
        || written.is_some()
        || header.is_some_and(|p| lead.as_deref().is_some_and(|l| dates::stamp_is_clock(p, l)));
    let echoed = dates::published(&page.repeated_dates)
        .filter(|&p| lead.as_deref().is_some_and(|l| dates::lead_confirms(p, l)));
    let published = written
        .or(header.filter(|_| !clock))
        .or(echoed)
        .or_else(|| dates::published(&page.foot_dates))
        .or_else(|| dates::full_date(page.foot_stamp.as_deref()?))
        .or_else(|| dates::agency_stamp(page.paragraphs.first()?))
        .or_else(|| dates::headline_stamp(page.title.as_deref()?));
    Publication {
        published,
        clock,
        loaded,
    }
}

/// Whether a stamp prints no time of day ("Thứ hai, 14/06/2021"), as a
/// site's clock shows the day alone.
fn timeless(stamp: &str) -> bool {
    !stamp
        .as_bytes()
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit())
}

/// "Thứ Sáu, 04/12/2026" over the headline, then the summary, then
/// "03/12/2026 15:20": a day with no time above the headline is the
/// site's clock when the page's own stamp stands under the summary.
fn summary_stamp(page: &page::Page, above: usize) -> Option<crate::model::Date> {
    let over_title = page.stamps_above_title.filter(|&k| k == above && k > 0)?;
    let under = page.header_dates.get(over_title..)?;
    (!under.is_empty() && page.header_dates[..over_title].iter().all(|s| timeless(s)))
        .then(|| dates::published(under))
        .flatten()
}

/// The version of what `parse_report` produces. Bump it whenever a change
/// to the parser changes any report: stores re-parse every file whose
/// reports were made by another version.
pub const PARSE_VERSION: i64 = 66;

/// Parses one report's text. `file` is recorded as given. Never panics.
#[must_use]
pub fn parse_report(file: &str, text: &str) -> Report {
    let full = normalize::compose(text);
    let text = &full;
    let mut page = page::read_page(text);
    let (source, author) = byline::source_and_author(&mut page);
    let title = title::choose(&page);
    let Publication {
        published,
        clock,
        loaded,
    } = publication(&page);
    let header_dates: &[String] = if clock { &[] } else { &page.header_dates };
    let toks = tokenized(&page.paragraphs);
    let lowers: Vec<&str> = toks.iter().map(|t| t.lower.as_str()).collect();
    // Photo captions are no paragraphs: the lead is the first paragraph.
    // A summary printed twice (over the article and as its first
    // paragraph) takes one place in the lead.
    let unrepeated = dates::unrepeated(&lowers);
    let leads = &unrepeated[..];
    // A year missing from the event is looked for in the page's own parts:
    // its stamps (a month alone, "2017-10", still names the year), headline
    // and article, not in menus or other headlines around them. A photo's
    // caption is the article's own too, and often writes the day in full
    // ("… trong sáng 17-11-2016. Ảnh: VGP" under "Sáng 17-11, …").
    let own: String = header_dates
        .iter()
        .chain(&page.title)
        .chain(&page.paragraphs)
        .chain(&page.captions)
        .flat_map(|p| [p.as_str(), "\n"])
        .collect();
    let text = own.as_str();
    // Without its day, a stamp still bounds the event: "date 2017-03" over
    // "Ngày 9-12, …" is December 2016.
    let bound = published
        .or(loaded)
        .or_else(|| dates::month_stamp(header_dates))
        .or_else(|| dates::address_or_tag_bound(&full));
    let sure = published.is_some();
    let dated = |bound| {
        dates::event_date(dates::lead_window(leads, text), bound, sure, text)
            // "Ngày 15-9, Công an đang điều tra vụ …" dates the inquiry;
            // the event is the day the incident happened.
            .map(|day| dates::incident_day(leads, day, bound, text).unwrap_or(day))
            .or_else(|| dates::day_month(page.dateline.as_deref()?, bound, text))
            // A lead of one sentence may have been read as the headline
            // ("Sáng 12/3, …" alone at the top), or the headline alone
            // dates the event.
            .or_else(|| {
                let title = text::lower_same(page.title.as_deref()?);
                dates::event_date(&[title.as_str()], bound, sure, text)
            })
            .or_else(|| {
                let later = leads.get(2..leads.len().min(5))?;
                dates::opening_event(later, bound, text)
            })
            .or_else(|| dates::notice_time(leads, bound, text))
            .or_else(|| dates::after_salutations(leads, bound, sure, text))
    };
    // An era the text names ("Phật lịch 2568") bounds a day and month
    // only when nothing else dates the event: a full date stands alone.
    // A digest of a week's news ("Điểm báo tuần … từ ngày 5-2 đến ngày
    // 10-2") reports many events, each on its own day.
    let digest = title
        .as_deref()
        .is_some_and(|t| lexicon::is_digest(&text::lower_same(t)));
    let event_date = dated(bound)
        .or_else(|| {
            let era = dates::era_bound(&text::lower_same(text)).filter(|_| bound.is_none())?;
            dated(Some(era))
        })
        .filter(|_| !digest);
    let text = full;
    // A headline may name someone the article only calls by title.
    let headline = page.title.as_deref().map(tokens::Tokens::new);
    let captions = tokenized(&page.captions);
    let (merged, places) = people_and_places(&toks, headline.as_ref(), &captions, &text);
    let meeting = Meeting::of(
        title.as_deref(),
        &page.paragraphs,
        leads,
        &merged.officials,
        (&text, level_date(event_date.or(published), &text)),
    );
    let period = meeting.period(event_date.or(published).map(|d| d.year));
    let merge::Merged { officials, people } = without_writer(merged, author.as_deref());
    // "(Theo Công văn số 6202/UBND-KT …)" under the article cites a
    // document as the text's source.
    let documents = documents::find_documents(
        title.as_deref(),
        page.paragraphs
            .iter()
            .chain(page.theo.iter())
            .chain(page.source_line.iter()),
    );
    let mut report = Report {
        file: file.to_string(),
        published,
        event_date,
        source: source.map(Text::from),
        author: author.map(Text::from),
        level: meeting.level,
        kind: meeting.kind.map(Text::from),
        period: period.map(Text::from),
        places: texts(places),
        documents: texts(documents),
        figures: texts(figures::find_figures(&page.paragraphs)),
        movements: texts(figures::find_movements(&page.paragraphs, &lowers)),
        officials,
        people,
        title: title.map(Text::from),
        captions: texts(page.captions),
        body: Body::new(&page.paragraphs.join("\n")),
    };
    report.shrink_to_fit();
    report
}

/// The date the report's level is read for: its own (`dated`), or, on a
/// page with no date that names a body founded for the two-level local
/// government ("Ban Chỉ huy Phòng thủ khu vực 3"), the reform's first day,
/// as no district holds an event in its era.
fn level_date(dated: Option<crate::model::Date>, text: &str) -> Option<crate::model::Date> {
    dated.or_else(|| {
        dates::names_reform_body(&text::lower_same(text)).then_some(crate::units::REFORM)
    })
}

/// Each of `lines` tokenized.
fn tokenized(lines: &[String]) -> Vec<tokens::Tokens<'_>> {
    lines.iter().map(|l| tokens::Tokens::new(l)).collect()
}

/// The parser's strings as a report's texts.
fn texts(list: Vec<String>) -> Vec<Text> {
    list.into_iter().map(Text::from).collect()
}

/// Paragraphs read for the body a headline's place kicker yields to.
const MAX_ORGANIZER_PARAGRAPH: usize = 6;

/// What the headline and lead say about the meeting.
struct Meeting<'a> {
    /// The headline and the lead, each with its lower case.
    heads: Vec<(&'a str, Cow<'a, str>)>,
    level: Option<crate::model::Level>,
    kind: Option<String>,
}

impl<'a> Meeting<'a> {
    /// Reads the meeting off the headline and the first paragraph.
    fn of(
        title: Option<&'a str>,
        paragraphs: &'a [String],
        lowers: &[&'a str],
        officials: &[Mention],
        (text, date): (&str, Option<crate::model::Date>),
    ) -> Meeting<'a> {
        let mut heads: Vec<(&str, Cow<str>)> = title
            .map(|t| (t, Cow::Owned(text::lower_same(t))))
            .into_iter()
            .collect();
        if let (Some(first), Some(lower)) = (paragraphs.first(), lowers.first()) {
            heads.push((first.as_str(), Cow::Borrowed(*lower)));
        }
        let lower: Vec<&str> = heads.iter().map(|h| h.1.as_ref()).collect();
        // A lead may open with a preamble ("Thực hiện Kế hoạch số …"): the
        // organizer is then named in the second paragraph.
        let mut level_heads = lower.clone();
        level_heads.extend(lowers.get(1));
        let mut body = lowers
            .get(2..lowers.len().min(MAX_ORGANIZER_PARAGRAPH))
            .unwrap_or(&[]);
        // A speech printed whole with no headline of its own opens with its
        // salutations ("- Đồng chí A – Phó Bí thư Thường trực Thành ủy,"):
        // the guests it greets hold no event; the paragraphs after them
        // say what the speech opens.
        let greeted = lowers.iter().take_while(|l| greets(l)).count();
        if lower.first().is_some_and(|h| greets(h)) && greeted < lowers.len() {
            level_heads = lowers[greeted..].iter().take(2).copied().collect();
            body = lowers
                .get(greeted + 2..lowers.len().min(greeted + MAX_ORGANIZER_PARAGRAPH))
                .unwrap_or(&[]);
        }
        let level = meta::level_with_body(&level_heads, body, officials, text, date);
        let kind = meta::kind(&lower);
        Meeting { heads, level, kind }
    }

    /// The period reviewed, with `year` where the text leaves it out.
    fn period(&self, year: Option<u16>) -> Option<String> {
        let heads: Vec<(&str, &str)> = self.heads.iter().map(|(h, l)| (*h, l.as_ref())).collect();
        meta::period(&heads, year)
    }
}

/// Whether a paragraph (in lower case) greets a speech's audience: a
/// salutation ("Kính thưa :", "Thưa quý vị đại biểu,") or one of the
/// listed addressees under it ("- Đồng chí A – Bí thư Huyện ủy,", "- Các
/// vị khách quý,"), a short list item that names whom it greets.
fn greets(lower: &str) -> bool {
    const SALUTATIONS: &[&str] = &["kính thưa", "thưa ", "kính gửi "];
    const ADDRESSEES: &[&str] = &[
        "đồng chí ",
        "các đồng chí",
        "các vị ",
        "quý vị",
        "thưa ",
        "kính thưa",
    ];
    let line = lower.trim_start_matches(['-', '–', '•', '*', '+', ' ']);
    if SALUTATIONS.iter().any(|w| line.starts_with(w)) {
        return true;
    }
    let listed = line.len() < lower.len();
    listed
        && ADDRESSEES.iter().any(|w| line.starts_with(w))
        && line.trim_end().ends_with([',', '.', '!', ';'])
        && text::words_between_spaces(line) <= 30
}

/// Whether names can be told from the words around them in `text`: not
/// in a line of capitals ("ĐỒNG CHÍ NGUYỄN VĂN AN PHÁT BIỂU"), nor in a
/// headline that capitalises every word ("Thủ Tướng: Quyết Tâm Triển Khai
/// Các Dự Án"), where any run of capitals would read as a name.
fn names_stand_out(text: &str) -> bool {
    // `is_letter` is `char::is_alphabetic` without the Unicode table look-up
    // for Vietnamese letters: this runs on every paragraph.
    let mut words = text
        .split(|c: char| !text::is_letter(c))
        .filter(|w| !w.is_empty());
    let small = words
        .clone()
        .any(|w| w.chars().next().is_some_and(char::is_lowercase));
    // A line of names alone ("Nguyễn Văn An, Lê Thị Hoa") has no small
    // word either, but too few words to be a headline.
    small || words.nth(7).is_none() && text.chars().any(char::is_lowercase)
}

/// Calls `each` with every line of `lines` in order; a line the page broke
/// inside a title or a name is read whole with the next one.
fn for_whole_lines(lines: &[tokens::Tokens], mut each: impl FnMut(&tokens::Tokens)) {
    let mut i = 0;
    while i < lines.len() {
        let joined = people::broken_line(&lines[i], lines.get(i + 1));
        let whole = joined.as_deref().map(tokens::Tokens::new);
        each(whole.as_ref().unwrap_or(&lines[i]));
        i += if joined.is_some() { 2 } else { 1 };
    }
}

/// Officials (merged) and places of all paragraphs (tokenized once), and
/// the posts of any biography the page's `text` prints.
fn people_and_places(
    toks: &[tokens::Tokens],
    headline: Option<&tokens::Tokens>,
    captions: &[tokens::Tokens],
    text: &str,
) -> (merge::Merged, Vec<String>) {
    let mut found = Vec::new();
    let mut roles = Vec::new();
    let mut places = Vec::new();
    let mut sites = Vec::new();
    let mut dead = Vec::new();
    if let Some(t) = headline.filter(|t| names_stand_out(t.text)) {
        let f = living(t, &mut dead);
        roles.extend(f.iter().map(|_| Vec::new()));
        found.extend(f);
    }
    // Inside "Tham dự có:" followed by "- Đồng chí …" lines.
    let mut attending = false;
    for_whole_lines(toks, |t| {
        attending &= roles::is_list_item(t);
        if names_stand_out(t.text) || people::capitalised_roster_item(t) {
            let f = living(t, &mut dead);
            let at = jurisdiction::bridge_places(t, &f);
            sites.extend(f.iter().map(|x| x.name.clone()).zip(at));
            let mut r = roles::assign_roles(t, &f);
            if attending {
                r.iter_mut()
                    .filter(|r| r.is_empty())
                    .for_each(|r| r.push(Role::Attendee));
            }
            roles.extend(r);
            found.extend(f);
            places::collect_places(t, &mut places);
        }
        attending |= roles::opens_attendance_list(t);
    });
    // Photo captions name people who were there; what they do in the
    // photo ("chủ trì", "phát biểu") is their role.
    for_whole_lines(captions, |t| {
        if names_stand_out(t.text) {
            let f = living(t, &mut dead);
            roles.extend(roles::assign_roles(t, &f));
            found.extend(f);
        }
    });
    // An official's biography under the article names its posts apart.
    let profiled = people::profile_posts(text);
    roles.extend(profiled.iter().map(|_| Vec::new()));
    found.extend(profiled);
    let sites: Vec<(String, String)> = sites
        .into_iter()
        .filter_map(|(name, p)| Some((name?, p?)))
        .collect();
    let mut merged = merge::merge(&found, roles);
    let ends = [toks.last(), captions.last()];
    for named in [&mut merged.officials, &mut merged.people] {
        // "phụ trách xã Thạch Đỉnh, Thạch Bàn - Phó Chủ tịch UBND huyện":
        // a commune listed after another reads as a name over the post
        // after the dash; a name of two words the report names as a place
        // is that place.
        named.retain(|m| !place_named(&m.name, text));
        // "dâng hương tưởng niệm Tổng Bí thư A" once: A, named elsewhere in
        // the report ("sự nghiệp của Tổng Bí thư A"), has died and holds no
        // office. The posts one mourned held, written out ("nguyên Chủ tịch
        // nước B"), name them as their former holder all the same.
        if !dead.is_empty() {
            named.retain(|m| {
                !dead.contains(&crate::text::name_key(&m.name)) || people::held_before(&m.titles)
            });
        }
        // A short last line may have been read as a photo's caption.
        for last in ends.into_iter().flatten() {
            drop_name_cut_at_end(named, last.text);
        }
    }
    jurisdiction::place_mentions(&mut merged.officials, &sites);
    (merged, places)
}

/// Whether `name`, of two words, is a unit of the land listed after
/// another in `text` ("xã Thạch Đỉnh, Thạch Bàn") and named with its
/// unit's word elsewhere ("xã Thạch Bàn"): a commune or a ward, not a
/// person. A name after a post ("Chủ tịch UBND xã Lê Lợi") follows no
/// comma, and one after a comma ("…, Lê Lợi, Chủ tịch …") continues no list
/// of places.
fn place_named(name: &str, text: &str) -> bool {
    if name.split(' ').count() != 2 {
        return false;
    }
    // The list is read first: one pass over the text, where the unit's
    // word would take one for each word.
    text.match_indices(&format!(", {name}"))
        .any(|(at, _)| after_unit_and_place(&text[..at]))
        && vocab::UNIT_WORDS
            .iter()
            .any(|u| text.contains(&format!("{u} {name}")))
}

/// Whether `before` ends with a unit's word and a place's name of one to
/// four capitalised words ("… phụ trách xã Thạch Đỉnh").
fn after_unit_and_place(before: &str) -> bool {
    let words: Vec<&str> = before.rsplit(' ').take(6).collect();
    let place = words
        .iter()
        .take(4)
        .take_while(|w| w.starts_with(char::is_uppercase))
        .count();
    place > 0
        && words.get(place).is_some_and(|w| {
            let unit = text::lower_same(w);
            vocab::UNIT_WORDS.contains(&unit.as_str())
                // "thị trấn", "thị xã": the unit's word of two.
                || words.get(place + 1).is_some_and(|first| {
                    let pair = format!("{} {unit}", text::lower_same(first));
                    vocab::UNIT_WORDS.contains(&pair.as_str())
                })
        })
}

/// The mentions found in a paragraph `t`; the keys of the names of the
/// dead it remembers go to `dead`.
fn living(t: &tokens::Tokens, dead: &mut Vec<String>) -> Vec<people::Found> {
    let (found, gone) = people::find_people_and_dead(t);
    dead.extend(gone.iter().map(|name| crate::text::name_key(name)));
    found
}

/// Drops the name an excerpt cut short at its end ("… Phó Thủ tướng Lê
/// Văn Thà" of "Lê Văn Thành", "… Chủ tịch nước Trương Tấn" of "Trương
/// Tấn Sang", named whole earlier): the page's last line ends with it, and
/// another name of the report opens with its syllables, the last one
/// longer there or followed by more.
fn drop_name_cut_at_end(officials: &mut Vec<Mention>, last_line: &str) {
    let end = last_line.trim_end();
    let cut = |name: &str, whole: &str| {
        let (head, tail) = name.rsplit_once(' ').unwrap_or(("", name));
        let Some(rest) = whole.strip_prefix(head).and_then(|r| r.strip_prefix(' ')) else {
            return false;
        };
        let syllable = rest.split(' ').next().unwrap_or_default();
        syllable.len() > tail.len() && syllable.starts_with(tail)
            || syllable == tail && rest.len() > tail.len() && name.contains(' ')
    };
    let Some(at) = officials.iter().position(|m| {
        end.ends_with(m.name.as_str())
            && officials
                .iter()
                .any(|o| o.name != m.name && cut(&m.name, &o.name))
    }) else {
        return;
    };
    officials.remove(at);
}

/// The people a report names, less its own writer: a commune's leader
/// who writes up the meeting they chaired ("Tác giả: Lê Văn A – Bí thư
/// Đảng ủy") signs the text and is no one it reports on.
fn without_writer(mut named: merge::Merged, author: Option<&str>) -> merge::Merged {
    if let Some(writer) = author.map(text::lower_same) {
        for list in [&mut named.officials, &mut named.people] {
            list.retain(|m| text::lower_same(&m.name) != writer);
        }
    }
    named
}

#[cfg(test)]
mod tests {
    use super::{names_stand_out, parse_report};
    use crate::model::Date;

    /// The names of a report's officials or people, in order.
    fn names(list: &[crate::model::Mention]) -> Vec<String> {
        list.iter().map(|m| m.name.to_string()).collect()
    }

    #[test]
    fn an_ethnic_name_with_a_space_after_its_apostrophe_is_one_name() {
        let r = parse_report(
            "a.txt",
            "Thăm, tặng quà đồng bào dân tộc thiểu số\n\nSáng 10/1, đoàn công tác do ông K’ Bình, Phó Chủ tịch UBND xã Phi Tô làm trưởng đoàn đã đến thăm, tặng quà các hộ nghèo. Cùng đi có bà K' Hương, Chủ tịch Hội LHPN xã.",
        );
        let names: Vec<&str> = r.officials.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["K’Bình", "K'Hương"]);
        assert_eq!(
            r.officials[0].titles[0].as_str(),
            "Phó Chủ tịch UBND xã Phi Tô"
        );
    }

    #[test]
    fn the_writer_who_chaired_is_no_official_of_the_report() {
        let r = parse_report(
            "a.txt",
            "Đảng ủy xã Yên Phú họp thường kỳ tháng 3\n\nChiều 28/3, Đảng ủy xã Yên Phú họp thường kỳ. Đồng chí Hoàng Văn Lự, Bí thư Đảng ủy đề nghị các chi bộ làm tốt công tác phát triển đảng viên; đồng chí Mã Thị Sen, Phó Bí thư Đảng ủy báo cáo kết quả tháng 3.\n\nTác giả: Hoàng Văn Lự – Bí thư Đảng ủy",
        );
        let names: Vec<&str> = r.officials.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(r.author.as_deref(), Some("Hoàng Văn Lự"));
        assert_eq!(names, ["Mã Thị Sen"]);
    }

    #[test]
    fn private_persons_are_named_apart_from_the_officials() {
        let r = parse_report(
            "a.txt",
            "Bắt giữ đối tượng trộm trâu\n\nNgày 14/9, Công an huyện Krông Bông bắt giữ đối tượng Hoàng Văn Lực (SN 1994, trú xã Cư Pui) về hành vi trộm cắp tài sản. Bị hại là anh Y Sơn Mlô (32 tuổi). Trung tá Nguyễn Đình Khải, Phó Trưởng Công an huyện cho biết vụ việc đang được điều tra.",
        );
        assert_eq!(names(&r.officials), ["Nguyễn Đình Khải"]);
        assert_eq!(names(&r.people), ["Hoàng Văn Lực", "Y Sơn Mlô"]);
        // With no cue: a birth year, an age or a home after a full name.
        let r = parse_report(
            "a.txt",
            "Xét xử nhóm cho vay nặng lãi\n\nNgày 20/10, TAND tỉnh Sóc Trăng xét xử các bị cáo: Lâm Văn Tú (SN 1985), Thạch Văn Bảy (SN 1990) về tội cho vay lãi nặng. Người điều khiển xe là Đinh Quốc Hưng, 41 tuổi, ở huyện Mỹ Tú. Thẩm phán Trần Thị Ngọc Lan, Phó Chánh án TAND tỉnh chủ tọa phiên tòa.",
        );
        assert_eq!(names(&r.officials), ["Trần Thị Ngọc Lan"]);
        assert_eq!(
            names(&r.people),
            ["Lâm Văn Tú", "Thạch Văn Bảy", "Đinh Quốc Hưng"]
        );
        // A post read anywhere in the report makes an official of a person
        // first described by age and home.
        let r = parse_report(
            "a.txt",
            "Bản Nà Hẩu đón Tết độc lập\n\nSáng 2/9, ông Lò Văn Pao (SN 1968, bản Nà Hẩu) phát biểu tại buổi lễ. Ông Lò Văn Pao, Trưởng bản Nà Hẩu cho biết năm nay bản có 12 hộ thoát nghèo.",
        );
        assert_eq!(names(&r.officials), ["Lò Văn Pao"]);
        assert!(r.people.is_empty(), "{:?}", r.people);
    }

    #[test]
    fn a_roster_named_with_no_posts_is_of_officials_and_a_lone_name_is_not() {
        let r = parse_report(
            "a.txt",
            "Đại hội Hội Liên hiệp Phụ nữ xã Tân Lợi\n\nSáng 12/5, Hội LHPN xã Tân Lợi tổ chức Đại hội đại biểu lần thứ XXI. Đại hội đã bầu 5 đồng chí vào Ban Chấp hành Hội LHPN xã khóa XXI, đó là các đồng chí: Hà Thị An, Lò Thị Bình, Vi Thị Cúc, Nông Thị Dung, Hoàng Thị Duyên. Phát biểu tại đại hội, bà Đàm Thị Gấm cho biết hội có 820 hội viên.",
        );
        assert_eq!(
            names(&r.officials),
            [
                "Hà Thị An",
                "Lò Thị Bình",
                "Vi Thị Cúc",
                "Nông Thị Dung",
                "Hoàng Thị Duyên"
            ]
        );
        assert_eq!(names(&r.people), ["Đàm Thị Gấm"]);
    }

    #[test]
    fn the_post_held_at_the_time_recalled_is_the_named_ones() {
        let r = parse_report(
            "a.txt",
            "Kết luận thanh tra dự án khu dân cư\n\nTheo kết luận, năm 2015, ông Trịnh Văn Bảy, khi đó là Phó Chủ tịch UBND tỉnh Long An, đã ký quyết định giao đất; bà Lê Thị Hà, thời điểm đó là Giám đốc Sở Tài chính, tham mưu.",
        );
        assert_eq!(names(&r.officials), ["Trịnh Văn Bảy", "Lê Thị Hà"]);
        assert_eq!(r.officials[0].titles, ["Phó Chủ tịch UBND tỉnh Long An"]);
        assert_eq!(r.officials[1].titles, ["Giám đốc Sở Tài chính"]);
    }

    #[test]
    fn the_accused_of_a_trial_are_officials_by_the_posts_they_held() {
        let r = parse_report(
            "a.txt",
            "Cựu Chủ tịch UBND huyện Phú Giáo và 5 đồng phạm hầu tòa\n\nNgày 12/3, TAND tỉnh Bình Dương mở phiên tòa sơ thẩm xét xử 6 bị cáo trong vụ án vi phạm quy định về đấu thầu. Cựu Chủ tịch UBND huyện Phú Giáo Trần Văn Khởi cùng các bị cáo: Lê Thị Hạnh, nguyên Phó Giám đốc Sở Y tế; Nguyễn Văn Bảo, cựu Trưởng phòng Kế hoạch - Tài chính huyện. Hai bị cáo khác là Võ Văn Sang (SN 1980) và Hồ Thị Thu (SN 1985), trú xã An Linh. Thẩm phán Nguyễn Thị Lan, Phó Chánh án TAND tỉnh làm chủ tọa phiên tòa.",
        );
        // The former chairman's trial belongs to his career: he is named
        // by the post he held, as a guest named "nguyên Bí thư" is.
        assert_eq!(
            names(&r.officials),
            [
                "Trần Văn Khởi",
                "Lê Thị Hạnh",
                "Nguyễn Văn Bảo",
                "Nguyễn Thị Lan"
            ]
        );
        assert_eq!(r.officials[0].titles, ["Cựu Chủ tịch UBND huyện Phú Giáo"]);
        // Those named by a birth year and a home, with no post, are people.
        assert_eq!(names(&r.people), ["Võ Văn Sang", "Hồ Thị Thu"]);
    }

    #[test]
    fn a_blog_engines_stamp_under_the_headline_dates_the_page() {
        for stamp in [
            "Posted on 13 April 2021 by admin",
            "Đăng ngày 13 Tháng Tư, 2021 bởi admin",
        ] {
            let r = parse_report(
                "a.txt",
                &format!("Hội Nông dân xã Tân Phú ra quân làm đường giao thông nông thôn\n\n{stamp}\n\nSáng 12/4, Hội Nông dân xã Tân Phú ra quân làm đường. Ông Hồ Văn Lợi, Chủ tịch Hội Nông dân xã phát biểu."),
            );
            assert_eq!(r.published, Date::new(2021, 4, 13), "{stamp}");
            assert_eq!(
                r.title.as_deref(),
                Some("Hội Nông dân xã Tân Phú ra quân làm đường giao thông nông thôn")
            );
            assert!(!r.body.paragraphs().iter().any(|p| p.contains("admin")));
        }
    }

    #[test]
    fn a_placeholder_before_the_headline_is_no_part_of_the_title() {
        // A portal prints "null" for an empty field before the headline,
        // then the headline again over the lead.
        let r = parse_report(
            "a.txt",
            "Tin tức sự kiện\n\nnull Kỳ họp thứ hai HĐND phường Bình Minh khóa V\n\nKỳ họp thứ hai HĐND phường Bình Minh khóa V\n\nSáng 12/7/2021, HĐND phường Bình Minh khóa V khai mạc kỳ họp thứ hai. Ông Lưu Văn Khải, Chủ tịch HĐND phường chủ trì kỳ họp.",
        );
        assert_eq!(
            r.title.as_deref(),
            Some("Kỳ họp thứ hai HĐND phường Bình Minh khóa V")
        );
        let body = r.body.paragraphs();
        assert!(body[0].starts_with("Sáng 12/7/2021"), "{body:?}");
    }

    #[test]
    fn a_lead_listed_with_a_mark_and_its_outlets_tag_is_read_as_a_lead() {
        let r = parse_report(
            "a.txt",
            "• (Tin Cao Nguyên) - Ngày 20.5, đồng chí Y Thanh Hà Niê Kđăm - Phó Chủ tịch Quốc hội cùng các đại biểu Quốc hội tỉnh đã tiếp xúc cử tri huyện Lắk sau Kỳ họp thứ hai.",
        );
        assert_eq!(r.source.as_deref(), Some("Tin Cao Nguyên"));
        let title = r.title.unwrap_or_default();
        assert!(title.starts_with("Đồng chí Y Thanh Hà Niê Kđăm"), "{title}");
    }

    #[test]
    fn a_post_ends_at_its_terms_numeral_glued_to_the_next_word() {
        let r = parse_report(
            "a.txt",
            "Kỳ họp giữa năm của HĐND tỉnh\n\nSáng 6/7, kỳ họp thứ hai của HĐND tỉnh bắt đầu. Dự kỳ họp có đồng chí Lò Thị Mai, Phó Chủ nhiệm Ủy ban Dân tộc của Quốc hội khóa XIVcùng đại diện các sở, ngành.",
        );
        let mai = r
            .officials
            .iter()
            .find(|m| m.name == "Lò Thị Mai")
            .expect("official");
        assert_eq!(
            mai.titles,
            ["Phó Chủ nhiệm Ủy ban Dân tộc của Quốc hội khóa XIV"]
        );
    }

    #[test]
    fn a_first_session_is_dated_past_the_election_its_lead_recalls() {
        let r = parse_report(
            "a.txt",
            "HĐND phường Tân Lập khai mạc kỳ họp thứ nhất\n\nNgày 30/6/2021\n\nCuộc bầu cử đại biểu HĐND phường khóa mới vào ngày 23/5/2021 ở phường Tân Lập đã kết thúc an toàn, đúng luật.\n\nThực hiện Luật Tổ chức chính quyền địa phương năm 2015 và hướng dẫn của cấp trên, HĐND phường chuẩn bị chu đáo các nội dung.\n\nChiều 28/6/2021, HĐND phường Tân Lập khai mạc kỳ họp thứ nhất. Ông Vi Văn Đạt, Bí thư Đảng ủy phường được bầu giữ chức Chủ tịch HĐND phường.",
        );
        assert_eq!(r.event_date, Date::new(2021, 6, 28));
    }

    #[test]
    fn a_name_the_excerpt_cuts_in_its_last_word_is_dropped() {
        let r = parse_report(
            "a.txt",
            "Lãnh đạo Nhà nước thăm tỉnh\n\nSáng 3/7, Phó Thủ tướng Lê Văn Thành thăm và tặng quà gia đình chính sách của tỉnh.\n\nTrong chuyến công tác kéo dài hai ngày tại tỉnh, đồng chí Trần Thị Hoa, Bí thư Tỉnh ủy và Phó Thủ tướng Lê Văn Thà",
        );
        let names: Vec<&str> = r.officials.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["Lê Văn Thành", "Trần Thị Hoa"]);
    }

    #[test]
    fn a_name_the_excerpt_cuts_after_a_syllable_or_on_a_short_line_is_dropped() {
        let r = parse_report(
            "a.txt",
            "Chủ tịch nước thăm công nhân\n\nSáng 8/2, Chủ tịch nước Trần Đức Lương thăm công nhân khu công nghiệp.\n\nChiều cùng ngày, Chủ tịch nước Trần Đức",
        );
        let names: Vec<&str> = r.officials.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["Trần Đức Lương"]);
        let r = parse_report(
            "a.txt",
            "Xã đối thoại với thanh niên\n\nSáng 9/3, đồng chí Lê Minh Thành, Chủ tịch UBND xã đối thoại với đoàn viên, thanh niên.\n\nĐồng chí Lê Minh Thà",
        );
        let names: Vec<&str> = r.officials.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["Lê Minh Thành"]);
    }

    #[test]
    fn a_boarding_school_bears_the_name_after_noi_tru() {
        // The years in brackets are those the school ran, no life span.
        let r = parse_report(
            "a.txt",
            "Chi đoàn thăm trường xưa\n\nCác đoàn viên đã tham quan nhà truyền thống Trường nội trú Vương Thế Khải (thời kỳ 1963 - 1977) ở huyện Bình Sơn.\n",
        );
        assert!(r.officials.is_empty());
    }

    #[test]
    fn one_remembered_as_dead_is_no_official_anywhere_in_the_report() {
        let r = parse_report(
            "a.txt",
            "Lãnh đạo tỉnh dâng hương tại Khu lưu niệm\n\nSáng 2/9, đồng chí Lê Minh Châu, Bí thư Tỉnh ủy dâng hương tại Khu lưu niệm Tổng Bí thư Trần Văn Bình.\n\nĐoàn ôn lại sự nghiệp cách mạng của Tổng Bí thư Trần Văn Bình.",
        );
        let names: Vec<&str> = r.officials.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["Lê Minh Châu"]);
    }

    #[test]
    fn one_mourned_with_the_posts_they_held_is_their_former_holder_anywhere_in_the_report() {
        let r = parse_report(
            "a.txt",
            "Lễ viếng đồng chí Đinh Văn Quế\n\nSáng 4/5, tỉnh tổ chức lễ viếng đồng chí Đinh Văn Quế, nguyên Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy, nguyên Phó Chủ tịch HĐND tỉnh. Đồng chí Lò Văn Hặc, Bí thư Tỉnh ủy, Trưởng Ban Lễ tang dẫn đầu đoàn viếng.\n\nCác đoàn đến viếng đồng chí Đinh Văn Quế suốt buổi sáng.",
        );
        let officials: Vec<(&str, Vec<&str>)> = r
            .officials
            .iter()
            .map(|m| {
                (
                    m.name.as_str(),
                    m.titles.iter().map(|t| t.as_ref()).collect(),
                )
            })
            .collect();
        assert_eq!(
            officials,
            [
                (
                    "Đinh Văn Quế",
                    vec![
                        "nguyên Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy",
                        "nguyên Phó Chủ tịch HĐND tỉnh"
                    ]
                ),
                ("Lò Văn Hặc", vec!["Bí thư Tỉnh ủy", "Trưởng Ban Lễ tang"])
            ]
        );
    }

    #[test]
    fn a_foreign_name_broken_after_a_title_is_one_name() {
        let r = parse_report(
            "a.txt",
            "Các Đại sứ trình Quốc thư\n\nSáng 8/10, tại Phủ Chủ tịch, Chủ tịch nước Lê Văn Hòa đã tiếp các Đại sứ mới.\n\nTrước đó, Đại sứ Canada Erik Valdar và Đại sứ Turkmenistan Maral Durdyevna\nKulieva đã trình Quốc thư lên Chủ tịch nước Lê Văn Hòa nhân dịp\nđược bổ nhiệm làm Đại sứ tại Việt Nam.",
        );
        let names: Vec<&str> = r.officials.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(
            names,
            ["Lê Văn Hòa", "Erik Valdar", "Maral Durdyevna Kulieva"]
        );
    }

    #[test]
    fn a_foreign_name_with_small_particles_is_one_name() {
        let r = parse_report(
            "a.txt",
            "Chủ tịch nước tiếp các Đại sứ\n\nChiều 4/5, Đại sứ Brazil Paulo da Silva e Souza Lima, Đại sứ Đức Karl von der Berg và Đại sứ Hà Lan Pieter van Dijk đã trình Quốc thư lên Chủ tịch nước Lê Văn Hòa.",
        );
        let names: Vec<&str> = r.officials.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Paulo da Silva e Souza Lima",
                "Karl von der Berg",
                "Pieter van Dijk",
                "Lê Văn Hòa"
            ]
        );
        assert_eq!(r.officials[0].titles, ["Đại sứ Brazil"]);
    }

    #[test]
    fn a_given_name_alone_on_the_next_line_ends_a_broken_name() {
        let r = parse_report(
            "a.txt",
            "Đại hội Chi bộ thôn Đông\n\nSáng 4/6, Chi bộ thôn Đông tổ chức đại hội. Điều hành đại hội là đồng chí Trần Thị\nLan – Phó Bí thư Chi bộ, điều hành phần bầu Ban Chi ủy khóa mới.\nĐại hội thành công tốt đẹp.",
        );
        let names: Vec<&str> = r.officials.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["Trần Thị Lan"]);
    }

    #[test]
    fn titles_opened_by_a_dash_on_the_line_after_a_caption_s_name_are_its_own() {
        let r = parse_report(
            "a.txt",
            "Chiều 9/10, Đảng ủy phường Đông Sơn tổ chức hội nghị đối thoại với đại biểu Nhân dân năm 2025.\nQuang cảnh hội nghị đối thoại tại phường Đông Sơn\nĐồng chí Ngô Thị Liên - Bí thư Đảng ủy phường và đồng chí Khúc Văn Định\n- Phó Bí thư Đảng ủy, Chủ tịch UBND phường chủ trì hội nghị\nCác đại biểu dự hội nghị\nTại hội nghị, đại biểu Nhân dân phường Đông Sơn nêu nhiều ý kiến về đất đai, môi trường và an toàn giao thông trên địa bàn; các ý kiến được lãnh đạo phường tiếp thu, trả lời ngay tại hội nghị.",
        );
        let got: Vec<(&str, Vec<&str>)> = r
            .officials
            .iter()
            .map(|m| {
                (
                    m.name.as_str(),
                    m.titles.iter().map(|t| t.as_str()).collect(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("Ngô Thị Liên", vec!["Bí thư Đảng ủy phường"]),
                (
                    "Khúc Văn Định",
                    vec!["Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"]
                )
            ]
        );
    }

    #[test]
    fn a_days_clock_over_the_headline_yields_to_the_stamp_under_the_summary() {
        let page = "Thứ Sáu, 04/12/2026
Xã Tân Lập ra mắt mô hình dân vận khéo trong xây dựng nông thôn mới
Mô hình được kỳ vọng sẽ phát huy sức mạnh của nhân dân trong xây dựng nông thôn mới.
03/12/2026 15:20
Sáng 2/12, Đảng ủy xã Tân Lập tổ chức ra mắt mô hình dân vận khéo tại thôn Bắc.";
        let r = parse_report("a.txt", page);
        assert_eq!(
            r.published.map(|d| d.to_string()).as_deref(),
            Some("2026-12-03")
        );
        // A stamp with its time over the headline is the page's own.
        let r = parse_report(
            "a.txt",
            &page.replace("Thứ Sáu, 04/12/2026", "04/12/2026 08:10"),
        );
        assert_eq!(
            r.published.map(|d| d.to_string()).as_deref(),
            Some("2026-12-04")
        );
    }

    #[test]
    fn a_document_cited_as_the_source_under_the_article_is_a_document() {
        let r = parse_report(
            "a.txt",
            "Ý kiến của UBND tỉnh về đề nghị của doanh nghiệp
Giao Sở Xây dựng chủ trì, phối hợp các đơn vị liên quan xem xét, đề xuất theo quy định.
(Theo Công văn số 215/UBND-KT, ngày 3/4/2024)",
        );
        assert!(
            r.documents.iter().any(|d| d.contains("215/UBND-KT")),
            "{:?}",
            r.documents
        );
    }

    #[test]
    fn a_credit_in_brackets_under_a_clip_is_no_lead() {
        let r = parse_report(
            "a.txt",
            "Đội tuyển tỉnh vô địch giải bóng đá thanh niên

Đội tuyển tỉnh đánh bại đội chủ nhà, lần đầu lên ngôi tại giải.

(Nguồn: Đài PT-TH tỉnh)

Đội tuyển tỉnh thắng đội chủ nhà tại chung kết giải năm 2022 vào tối qua (26/2) tại sân vận động tỉnh.",
        );
        assert!(!r.body.text().contains("Nguồn"), "{}", r.body.text());
        assert_eq!(
            r.event_date.map(|d| d.to_string()).as_deref(),
            Some("2022-02-26")
        );
    }

    #[test]
    fn a_site_clock_over_the_headline_is_no_publication_date() {
        let page = |clock: &str, lead: &str| {
            parse_report(
                "a.txt",
                &format!("{clock}\n\nXã Tân Lập đại hội Đảng bộ\n\n{lead} Đại hội bầu Ban Chấp hành gồm 15 đồng chí.\n"),
            )
        };
        // Years after the event, or before it: the site's clock.
        let r = page(
            "Chủ nhật, 14/05/2023",
            "Trong 2 ngày 8 và 9 tháng 6 năm 2010, Đảng bộ xã Tân Lập tổ chức Đại hội.",
        );
        assert_eq!((r.published, r.event_date), (None, Date::new(2010, 6, 8)));
        let r = page(
            "Thứ 6 - 12/02/2016",
            "Ngày 20/3/2018, Đảng bộ xã Tân Lập tổ chức Đại hội.",
        );
        assert_eq!((r.published, r.event_date), (None, Date::new(2018, 3, 20)));
        // A stamp the day after the event is the page's.
        let r = page(
            "Thứ 6 - 21/03/2018",
            "Ngày 20/3/2018, Đảng bộ xã Tân Lập tổ chức Đại hội.",
        );
        assert_eq!(r.published, Date::new(2018, 3, 21));
        // History recalled after the lead's own day leaves the stamp alone.
        let r = page(
            "Thứ 6 - 21/03/2025",
            "Ngày 20/3, Đảng bộ xã Tân Lập tổ chức Đại hội; ngày 2/9/1945 được nhắc lại.",
        );
        assert_eq!(r.published, Date::new(2025, 3, 21));
        // A stamp printed twice is the clock, unless the lead opens with its day.
        let echoed = |lead: &str| {
            parse_report(
                "a.txt",
                &format!("Xã Tân Lập đại hội Đảng bộ\n\nTin xã Tân Lập12/08/2025\nTin xã Tân Lập12/08/2025\n{lead} Đại hội bầu Ban Chấp hành.\n"),
            )
            .published
        };
        assert_eq!(
            echoed("Chiều ngày 12/8, Đảng bộ xã tổ chức Đại hội."),
            Date::new(2025, 8, 12)
        );
        assert_eq!(echoed("Chiều ngày 2/8, Đảng bộ xã tổ chức Đại hội."), None);
    }

    #[test]
    fn a_day_over_the_headline_after_the_day_the_lead_calls_today_is_the_clock() {
        let page = |stamp: &str, lead: &str| {
            parse_report(
                "a.txt",
                &format!("{stamp}\n\nTrao quà cho công nhân khu công nghiệp\n\n{lead}\n"),
            )
        };
        let r = page(
            "Thứ tư, 21/09/2022",
            "Chiều nay (15/9), Ủy ban MTTQ Việt Nam tỉnh trao 200 suất quà cho công nhân có hoàn cảnh khó khăn ở khu công nghiệp Nam Cầu.",
        );
        assert_eq!(
            (r.published, r.event_date),
            (Date::new(2022, 9, 15), Date::new(2022, 9, 15))
        );
        // Posted past midnight: the stamp the day after is the page's.
        let r = page(
            "Thứ năm, 16/09/2022",
            "Tối nay (15/9), Ủy ban MTTQ Việt Nam tỉnh trao 200 suất quà cho công nhân có hoàn cảnh khó khăn ở khu công nghiệp Nam Cầu.",
        );
        assert_eq!(r.published, Date::new(2022, 9, 16));
        // A stamp with its time is the page's own, however late.
        let r = page(
            "21/09/2022 08:15",
            "Chiều nay (15/9), Ủy ban MTTQ Việt Nam tỉnh trao 200 suất quà cho công nhân có hoàn cảnh khó khăn ở khu công nghiệp Nam Cầu.",
        );
        assert_eq!(r.published, Date::new(2022, 9, 21));
        // Across New Year, the lead's day falls in the stamp's year before.
        let r = page(
            "Thứ hai, 05/01/2015",
            "Sáng nay (29/12), Ban Dân vận Tỉnh ủy tổng kết công tác dân vận năm 2014.",
        );
        assert_eq!(r.published, Date::new(2014, 12, 29));
    }

    #[test]
    fn on_a_list_of_items_the_stamp_above_the_first_dates_the_page() {
        let r = parse_report(
            "a.txt",
            "25/12/2024 12:58\nSáng ngày 25/12, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị phản biện xã hội dự thảo quy chế.\n\
16/09/2024 10:58\nXác định công tác giám sát, phản biện xã hội là nhiệm vụ quan trọng của Mặt trận các cấp trong nhiệm kỳ mới.\n",
        );
        assert_eq!(
            (r.published, r.event_date),
            (Date::new(2024, 12, 25), Date::new(2024, 12, 25))
        );
    }

    #[test]
    fn a_stamp_under_the_headline_dates_the_page_before_one_above_it() {
        let r = parse_report(
            "a.txt",
            "Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27\n\nNgày hội Biên phòng toàn dân ở xã biên giới\n\n\
Minh An - 11:17, 26/02/2022\n\nChiều 25/2, Đồn Biên phòng phối hợp với xã tổ chức Ngày hội Biên phòng toàn dân.\n",
        );
        assert_eq!(
            (r.published, r.event_date),
            (Date::new(2022, 2, 26), Date::new(2022, 2, 25))
        );
    }

    #[test]
    fn an_outlets_tag_opening_the_page_is_not_in_its_title() {
        let r = parse_report(
            "a.txt",
            "(PL)- Thành ủy tổ chức hội nghị sơ kết công tác dân vận\n\nSáng 4/5, Thành ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm.",
        );
        assert_eq!(
            r.title.as_deref(),
            Some("Thành ủy tổ chức hội nghị sơ kết công tác dân vận")
        );
        let r = parse_report(
            "a.txt",
            "(Dân Việt) Hội Nông dân tỉnh vừa tổ chức hội nghị tổng kết phong trào nông dân sản xuất, kinh doanh giỏi.\n\nPhát biểu tại hội nghị, ông Lê Văn Hùng, Chủ tịch Hội Nông dân tỉnh, đánh giá cao kết quả đạt được.",
        );
        assert!(
            r.title
                .as_deref()
                .is_some_and(|t| t.starts_with("Hội Nông dân tỉnh")),
            "{:?}",
            r.title
        );
    }

    #[test]
    fn a_headline_with_every_word_capitalised_hides_names() {
        assert!(!names_stand_out(
            "Chủ Tịch Tỉnh: Đẩy Mạnh Công Tác Dân Vận Tại Các Xã Vùng Cao"
        ));
        assert!(!names_stand_out("ĐỒNG CHÍ NGUYỄN VĂN AN PHÁT BIỂU"));
        assert!(names_stand_out(
            "Chủ tịch tỉnh Lê Văn Hòa: đẩy mạnh công tác dân vận"
        ));
        assert!(names_stand_out("Lê Văn Hòa, Trần Thị Mai"));
    }

    #[test]
    fn a_commune_listed_before_a_dash_and_a_post_is_no_person() {
        let r = parse_report(
            "a.txt",
            "Ngày 15/7, đồng chí Lạc Văn Thông - Trưởng đoàn công tác của Ban Thường vụ Huyện ủy phụ trách xã Đông Hòa, Tây Lộc - Phó Chủ tịch UBND huyện dự hội nghị mở rộng của hai xã về đề án sáp nhập xã Đông Hòa với xã Tây Lộc.",
        );
        assert_eq!(names(&r.officials), ["Lạc Văn Thông"]);
        assert!(r.people.is_empty(), "{:?}", r.people);
    }
}
