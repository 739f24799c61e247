//! The jurisdiction of each title of each person named in one report:
//! the title's own place, else a place another of the person's titles
//! names at the same level, else the bridge site the text puts the person
//! at, else the report's own place of that level; central bodies are
//! "Trung ương", ranks have none, and the rest stays unknown. Works on one
//! report at a time, so the answer never depends on other reports.

use super::jurisdiction::{self, CENTRAL};
use super::post::{post_key, read_title, Post, Scope, Tier};
use crate::model::{Date, Level, Mention, Report, Text};
use crate::text::{eq_lower, name_key};
use std::borrow::Cow;
use std::sync::{Arc, LazyLock};

/// One title of one mention, read as a position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Held {
    /// The post as written (shared by every mention of the same title).
    pub post: Arc<str>,
    /// The hash of `post`: equal hashes, equal texts (see `spelling_hash`).
    pub post_hash: u64,
    pub post_key: Arc<str>,
    pub place: Option<String>,
    /// The key of `place` (see `jurisdiction::place_key`).
    pub place_key: Option<String>,
    pub level: Option<Level>,
}

/// One mention, ready for telling people apart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolved {
    /// The name key; a short form ("Mai Phương") takes the key of the full
    /// name written in the same report ("Nguyễn Mai Phương").
    pub key: String,
    /// Whether the mention's own name is `key` (not a short form of it).
    pub full: bool,
    pub held: Vec<Held>,
    /// The provinces the person's titles belong to (as they are after the
    /// 2025 mergers), and the keys of the districts and communes (marked
    /// with a leading `@`). A province is the lexicon's own text: no copy.
    pub anchors: Vec<Cow<'static, str>>,
    /// Whether a title is central.
    pub central: bool,
    /// Whether a title leads a provincial party committee (its secretary or
    /// deputy): the posts cadres are moved between provinces for.
    pub leader: bool,
    /// The report's province, for a person whose local titles name no
    /// place or who has neither a title nor a role; `None` when a title
    /// has no level word.
    pub context: Option<&'static str>,
    /// A hash of the name as written: equal hashes, equal spellings. Made
    /// here, beside the key, so that filing the mention hashes nothing.
    pub spelling: u64,
}

/// The hash of a spelling of a name or a post.
fn spelling_hash(name: &str) -> u64 {
    use std::hash::BuildHasher;
    rustc_hash::FxBuildHasher.hash_one(name)
}

/// What the report says about where it happens.
struct Context {
    level: Option<Level>,
    /// The day of the event, else of publication.
    date: Option<Date>,
    provinces: Vec<&'static str>,
    /// Places that are no province: districts, communes, cities of a province.
    locals: Vec<String>,
    /// The district a commune's report is in: the one its titles name
    /// ("Chủ tịch Ủy ban MTTQ huyện Yên Lập"), else a place of the report
    /// that the lexicon knows as a district.
    district: Option<String>,
    /// The city the report's titles name, if they name one only ("Bí thư
    /// Thành ủy Vinh", "Thường trực Thành ủy TP.HCM"): the city of a
    /// "Thành ủy" that names none.
    city: Option<String>,
    /// The commune a district's report is about, when besides the district
    /// it names one place only and the lexicon knows it as a commune or
    /// ward ("Ban Dân vận Huyện ủy phối hợp với Đảng ủy xã Long Điền Tây").
    commune: Option<String>,
    /// The key of the place of a post the report does not place: the
    /// report's own (see `unplaced_key`).
    unplaced: String,
}

impl Context {
    fn of(r: &Report) -> Context {
        let mut provinces = Vec::new();
        let mut locals: Vec<String> = Vec::new();
        // The headline names the body the report is about ("Huyện ủy Mai
        // Châu tổng kết …"): its place comes first.
        let headline = r
            .title
            .as_deref()
            .and_then(|t| headline_place(t, &r.places));
        // A name the headline gives a lower unit's word is that unit's,
        // wherever else the report names it: since the 2025 mergers many
        // wards bear a former province's name ("phường Hòa Bình"). A city
        // may be a province's equal ("Thành phố Hồ Chí Minh").
        let lower_unit = headline
            .as_ref()
            .filter(|(unit, _)| !matches!(*unit, "" | "tỉnh" | "thành phố" | "tp" | "tp."))
            .map(|(_, name)| jurisdiction::place_key(name));
        let places = r.places.iter().map(|p| p.as_str());
        let headline_names = headline.iter().map(|(_, name)| (name.as_str(), true));
        for (p, from_headline) in headline_names.chain(places.map(|p| (p, false))) {
            let named_lower = lower_unit
                .as_deref()
                .is_some_and(|k| jurisdiction::place_key(p) == k);
            // A one-word name is a place when the headline gives it its
            // unit's word ("TP Vinh:") or the lexicon knows it only as a
            // district's ("M'Đrắk"); elsewhere it may be a given name.
            let one_word_place = || from_headline || jurisdiction::names_district(p);
            if let Some(prov) = jurisdiction::province(p).filter(|_| !named_lower) {
                push_new(&mut provinces, prov);
            } else if (p.split_whitespace().count() >= 2 || one_word_place())
                && !jurisdiction::is_central(p)
                && !r
                    .officials
                    .iter()
                    .chain(&r.people)
                    .any(|m| m.name.starts_with(p))
            {
                // The headline's place is often named again in the text.
                let key = jurisdiction::place_key(p);
                if !locals.iter().any(|l| jurisdiction::place_key(l) == key) {
                    locals.push(p.to_string());
                }
            }
        }
        // "Thừa Thiên - Huế" in 2013 names the province and, in its last
        // word, the city that took its place in 2025: a province named
        // beside one merged into it is dropped where it was none yet.
        let date = r.event_date.or(r.published);
        let named = provinces.clone();
        provinces.retain(|&p| {
            let succeeds = named
                .iter()
                .any(|&q| q != p && jurisdiction::successor(q) == p);
            !succeeds || jurisdiction::was_province_at(p, date)
        });
        // A report that names only districts is about their province; so
        // is a commune's report that names the commune alone.
        if provinces.is_empty() {
            locals
                .iter()
                .filter_map(|l| jurisdiction::province_of_district(l))
                .for_each(|prov| push_new(&mut provinces, prov));
        }
        if provinces.is_empty() && r.level == Some(Level::Commune) {
            let date = r.event_date.or(r.published);
            locals
                .iter()
                .filter_map(|l| jurisdiction::province_of_commune(l, date))
                .for_each(|prov| push_new(&mut provinces, prov));
        }
        // A provincial paper's report that names no province is about its own.
        if provinces.is_empty() {
            if let Some(prov) = r
                .source
                .as_deref()
                .and_then(jurisdiction::province_of_outlet)
            {
                provinces.push(prov);
            }
        }
        let district = (r.level == Some(Level::Commune))
            .then(|| titled_place(r, Tier::District).or_else(|| known_district(&locals)))
            .flatten();
        let city = titled_place(r, Tier::City);
        let commune = (r.level == Some(Level::District))
            .then(|| one_commune(locals.get(1..).unwrap_or_default()))
            .flatten();
        Context {
            level: r.level,
            date: r.event_date.or(r.published),
            provinces,
            locals,
            district,
            city,
            commune,
            unplaced: unplaced_key(&r.file),
        }
    }

    /// The one province the report is about: the only one it names, or
    /// the first one unless it is a central report naming several.
    fn province(&self) -> Option<&'static str> {
        match self.provinces.as_slice() {
            [one] => Some(one),
            [first, ..] if self.level != Some(Level::Central) => Some(first),
            _ => None,
        }
    }

    fn place(&self, tier: Tier) -> Option<String> {
        match tier {
            Tier::Province => self.province().map(str::to_string),
            Tier::City => self
                .province()
                .filter(|p| jurisdiction::is_central_city(p))
                .map(str::to_string)
                .or_else(|| self.city.clone())
                .or_else(|| {
                    (self.level == Some(Level::District))
                        .then(|| self.locals.first().cloned())
                        .flatten()
                }),
            Tier::District => match self.level {
                Some(Level::District) => self.locals.first().cloned(),
                Some(Level::Provincial) if self.locals.len() == 1 => self.locals.first().cloned(),
                // "UV BTV Huyện ủy" at a commune's meeting: its district's.
                Some(Level::Commune) => self.district.clone(),
                _ => None,
            },
            Tier::Commune => match self.level {
                // A commune's report may name its district first ("Hội CCB
                // huyện A chỉ đạo … xã B"): the commune is the first place
                // that is no district's name.
                Some(Level::Commune) => self
                    .locals
                    .iter()
                    .find(|l| crate::units::district(l).is_none())
                    .or(self.locals.first())
                    .cloned(),
                Some(Level::District) => self.commune.clone(),
                _ => None,
            },
        }
    }

    fn tier(&self) -> Option<Tier> {
        match self.level? {
            Level::Provincial => Some(Tier::Province),
            Level::District => Some(Tier::District),
            Level::Commune => Some(Tier::Commune),
            Level::Central => None,
        }
    }
}

/// The one place the titles of `r` name at `tier`, if they name exactly one.
fn titled_place(r: &Report, tier: Tier) -> Option<String> {
    let mut found: Option<(String, String)> = None;
    for t in r.officials.iter().flat_map(|m| &m.titles) {
        let read = read_title(t);
        let Some(place) = read
            .post
            .place
            .as_ref()
            .filter(|_| read.post.scope == Scope::Local(tier))
        else {
            continue;
        };
        let key = jurisdiction::place_key(place);
        match &found {
            Some((k, _)) if *k != key => return None,
            Some(_) => {}
            None => found = Some((key, place.clone())),
        }
    }
    found.map(|(_, place)| place)
}

/// The first of `locals` that the lexicon knows as a district's name.
fn known_district(locals: &[String]) -> Option<String> {
    locals
        .iter()
        .find(|l| jurisdiction::names_district(l))
        .cloned()
}

/// `locals` when it is one place the lexicon knows as a commune or ward
/// and not as a district.
fn one_commune(locals: &[String]) -> Option<String> {
    match locals {
        [one] if !jurisdiction::names_district(one) && jurisdiction::names_commune(one) => {
            Some(one.clone())
        }
        _ => None,
    }
}

/// The unit word of a headline's first level word followed by a name
/// ("xã") and the place it names ("UBND xã Tân Lập …", "TP Vinh: …");
/// no unit word for a known place before a colon ("Nghệ An: …"). The
/// place is spelled as the report's places spell it (`spelled_as`).
fn headline_place(title: &str, places: &[Text]) -> Option<(&'static str, String)> {
    const UNITS: [&str; 7] = ["huyện", "quận", "xã", "phường", "tỉnh", "tp", "tp."];
    let words: Vec<&str> = title.split_whitespace().take(16).collect();
    let unit_at = |i: usize| -> Option<(usize, &'static str)> {
        let (w, next) = (words[i], words.get(i + 1).copied().unwrap_or_default());
        if eq_lower(w, "thành") && eq_lower(next, "phố") {
            return Some((2, "thành phố"));
        }
        if eq_lower(w, "thị") && eq_lower(next, "xã") {
            return Some((2, "thị xã"));
        }
        UNITS.iter().find(|u| eq_lower(w, u)).map(|u| (1, *u))
    };
    let capital = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    let unit_named = (0..words.len()).find_map(|i| {
        let (len, unit) = unit_at(i)?;
        let start = i + len;
        let n = words[start..]
            .iter()
            .take_while(|w| capital(w) && !w.ends_with([',', ':', ';']))
            .count()
            .min(3);
        // A trailing comma ends the name too: keep the word it is on.
        let n = if n < 3 && words.get(start + n).is_some_and(capital) {
            n + 1
        } else {
            n
        };
        let after = &words[start..words.len().min(start + 3)];
        let reported = spelled_as(after, places);
        (n > 0 || reported.is_some()).then(|| {
            let name = words[start..start + n].join(" ");
            let name = name.trim_end_matches([',', ':', ';']);
            (unit, reported.unwrap_or_else(|| unshouted(name)))
        })
    });
    unit_named.or_else(|| {
        // "Nghệ An: …": a place the lexicon knows before the headline's
        // colon, with no unit word.
        let k = words.iter().take(4).position(|w| w.ends_with(':'))?;
        let place = words[..=k].join(" ");
        let place = place.trim_end_matches(':');
        (jurisdiction::province(place).is_some() || crate::units::is_unit_name(place)).then(|| {
            let reported = spelled_as(&words[..=k], places);
            ("", reported.unwrap_or_else(|| unshouted(place)))
        })
    })
}

/// The report's own spelling of the place the headline's `words` open
/// with: the longest run of them, up to a word ending a clause, that
/// names one of `places`. A headline in capitals ("ĐẢNG ỦY XÃ TỐNG TRÂN
/// TỔ CHỨC …") or with a slip of case ("xã Phú thái") does not tell a
/// name's end, or its spelling, by case; the places read from the report
/// do.
fn spelled_as(words: &[&str], places: &[Text]) -> Option<String> {
    let clause = words
        .iter()
        .position(|w| w.ends_with([',', ':', ';']))
        .map_or(words.len(), |i| i + 1);
    (1..=clause).rev().find_map(|n| {
        let name = words[..n].join(" ");
        let key = jurisdiction::place_key(name.trim_end_matches([',', ':', ';']));
        places
            .iter()
            .find(|p| jurisdiction::place_key(p) == key)
            .map(|p| p.to_string())
    })
}

/// `name` with each syllable capitalised as a proper name is when it is
/// written all in capitals ("LONG XUYÊN" -> "Long Xuyên"), else as written.
fn unshouted(name: &str) -> String {
    if name.chars().any(char::is_lowercase) {
        return name.to_string();
    }
    crate::parse::text::capitalize_name(name)
}

/// The level of a post of `scope`, at `tier`, in `province` if its place
/// is one, on `date`.
fn post_level(
    scope: Scope,
    tier: Option<Tier>,
    province: Option<&str>,
    date: Option<Date>,
) -> Option<Level> {
    match scope {
        Scope::Central => Some(Level::Central),
        Scope::Rank | Scope::Abroad => None,
        _ => tier.map(|t| match t {
            Tier::Province => Level::Provincial,
            // A centrally-run city's committee is a province's; the
            // committee of a city named like its province ("Thành ủy Hà
            // Tĩnh") is a district's.
            Tier::City
                if province.is_some_and(|p| {
                    jurisdiction::is_central_city(p) && jurisdiction::was_province_at(p, date)
                }) =>
            {
                Level::Provincial
            }
            Tier::City | Tier::District => Level::District,
            Tier::Commune => Level::Commune,
        }),
    }
}

/// Every mention of `report`, resolved.
pub fn resolve_report(report: &Report) -> Vec<Resolved> {
    let ctx = Context::of(report);
    let mut keys: Vec<String> = report.officials.iter().map(|m| name_key(&m.name)).collect();
    let longer: Vec<Option<usize>> = (0..keys.len()).map(|i| longer_name(&keys, i)).collect();
    // A short form copies its longer name's key first; every other
    // mention then takes its own key without a copy.
    let mut chosen: Vec<String> = longer
        .iter()
        .map(|l| l.map(|j| keys[j].clone()).unwrap_or_default())
        .collect();
    for (i, l) in longer.iter().enumerate() {
        if l.is_none() {
            chosen[i] = std::mem::take(&mut keys[i]);
        }
    }
    report
        .officials
        .iter()
        .zip(chosen)
        .zip(longer)
        .map(|((m, key), l)| resolve_mention(m, key, l.is_none(), &ctx))
        .collect()
}

/// The one longer name in the report mention `i`'s key is the end of
/// ("Mai Phương" of "Nguyễn Mai Phương"), by its place in `keys`.
fn longer_name(keys: &[String], i: usize) -> Option<usize> {
    let short = &keys[i];
    if !short.contains(' ') {
        return None;
    }
    let mut longer = keys.iter().enumerate().filter(|(_, k)| {
        k.len() > short.len()
            && k.ends_with(short.as_str())
            && k.as_bytes()[k.len() - short.len() - 1] == b' '
    });
    match (longer.next(), longer.next()) {
        (Some((j, _)), None) => Some(j),
        _ => None,
    }
}

fn resolve_mention(m: &Mention, key: String, full: bool, ctx: &Context) -> Resolved {
    let reads: Vec<_> = m.titles.iter().map(|t| read_title(t)).collect();
    let mut posts: Vec<Cow<Post>> = reads.iter().map(|r| Cow::Borrowed(&r.post)).collect();
    let mut keys: Vec<(Arc<str>, Arc<str>)> = reads
        .iter()
        .map(|r| (Arc::clone(&r.display), Arc::clone(&r.key)))
        .collect();
    complete_bare_members(&mut posts, &mut keys);
    share_tiers(&mut posts, &keys);
    share_places(&mut posts);
    posts_of_foreign_state(&mut posts, &m.titles);
    let site = m.place.as_deref();
    let mut out = Resolved {
        key,
        full,
        held: Vec::with_capacity(posts.len()),
        anchors: Vec::new(),
        central: false,
        leader: false,
        // A central report may name one province and still be about the centre.
        context: ctx
            .province()
            .filter(|_| ctx.level != Some(Level::Central))
            .map(jurisdiction::successor),
        spelling: spelling_hash(&m.name),
    };
    // A central leader named after a bridge site is not of that place.
    let central = posts.iter().any(|p| p.scope == Scope::Central);
    if let Some(p) = site
        .and_then(jurisdiction::province)
        .filter(|_| !central)
        .map(jurisdiction::successor)
    {
        out.anchors.push(Cow::Borrowed(p));
    }
    let mut local = false;
    for (post, (display, post_key)) in posts.iter().zip(keys) {
        let tier = match post.scope {
            Scope::Local(t) => Some(t),
            Scope::Unknown => ctx.tier(),
            Scope::Central | Scope::Rank | Scope::Abroad => None,
        };
        let place = match post.scope {
            Scope::Central => Some(CENTRAL.to_string()),
            Scope::Rank => None,
            Scope::Abroad => post.place.clone(),
            _ => post
                .place
                .clone()
                .or_else(|| site.and_then(|s| site_for(s, tier?)))
                .or_else(|| ctx.place(tier?)),
        };
        let province = place.as_deref().and_then(jurisdiction::province);
        // The province in its one spelling (most places are written so).
        let place = match province {
            Some(p) if place.as_deref() != Some(p) => Some(p.to_string()),
            _ => place,
        };
        let level = post_level(post.scope, tier, province, ctx.date);
        out.central |= post.scope == Scope::Central;
        // Only a level word ties a person to a place: a post that names
        // no level (often a title cut short) says nothing of who it is.
        let anchor = province
            .or_else(|| place.as_ref().and(ctx.province()))
            .or_else(|| {
                place
                    .as_deref()
                    .and_then(jurisdiction::province_of_district)
            });
        if matches!(post.scope, Scope::Local(_)) {
            if let Some(a) = anchor.map(jurisdiction::successor) {
                push_new(&mut out.anchors, Cow::Borrowed(a));
            }
            // A district is a place of its own: it ties the mentions of one
            // person across reports that do not name its province.
            if let Some(pl) = place.as_deref().filter(|_| province.is_none()) {
                push_new(
                    &mut out.anchors,
                    Cow::Owned(format!("@{}", jurisdiction::place_key(pl))),
                );
            }
        }
        local |= matches!(post.scope, Scope::Local(_));
        out.leader |= matches!(post.scope, Scope::Local(Tier::Province | Tier::City))
            && post.committee.is_some()
            && (post_key.starts_with(LEADS[0].as_str()) || post_key.starts_with(LEADS[1].as_str()));
        out.held.push(Held {
            post_hash: spelling_hash(&display),
            post_key,
            post: display,
            place_key: match (&place, post.scope) {
                (Some(p), _) => Some(jurisdiction::place_key(p)),
                (None, Scope::Rank) => None,
                (None, _) => Some(ctx.unplaced.clone()),
            },
            place,
            level,
        });
    }
    let bare = m.titles.is_empty() && m.roles.is_empty();
    if !local && !bare {
        // Titles without a level word (often cut short) tie no one to the
        // report's place. A person with no post and no part in the event
        // (a citizen, a suspect, an athlete) keeps it: such people are
        // told apart by where their reports happen.
        out.context = None;
    }
    out
}

/// The place key of the posts a report does not place: its own, never a
/// place's (a place key holds no "?"). Two reports that leave "Phó Bí thư
/// Tỉnh ủy" unplaced may be of two provinces: filed as one post, their
/// holders would read as one post's succession. A rank is no post of a
/// place and keeps no key.
fn unplaced_key(file: &str) -> String {
    format!("?{file}")
}

/// Adds `x` to `v` unless it is there already.
fn push_new<T: PartialEq>(v: &mut Vec<T>, x: T) {
    if !v.contains(&x) {
        v.push(x);
    }
}

/// Keys of the offices that lead a party committee.
static LEADS: LazyLock<[String; 2]> =
    LazyLock::new(|| [post_key("Bí thư"), post_key("Phó Bí thư")]);

/// The bridge site as the place of a post of `tier`, when it fits.
fn site_for(site: &str, tier: Tier) -> Option<String> {
    let province = jurisdiction::province(site);
    let fits = match tier {
        Tier::Province => province.is_some(),
        Tier::City => province.is_none_or(jurisdiction::is_central_city),
        Tier::District => province.is_none(),
        Tier::Commune => false,
    };
    fits.then(|| site.to_string())
}

/// "Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy": a member of a
/// standing committee that names no committee belongs to the next one named.
fn complete_bare_members(posts: &mut [Cow<Post>], keys: &mut [(Arc<str>, Arc<str>)]) {
    static BARE: LazyLock<String> = LazyLock::new(|| post_key("Ủy viên Ban Thường vụ"));
    for i in 0..posts.len() {
        if posts[i].place.is_some() || *keys[i].1 != **BARE {
            continue;
        }
        let next = posts[i + 1..]
            .iter()
            .chain(posts[..i].iter().rev())
            .find(|p| p.committee.is_some())
            .cloned();
        if let Some(n) = next.map(Cow::into_owned) {
            let p = posts[i].to_mut();
            p.display = format!("{} {}", p.display, n.committee.unwrap_or_default());
            p.scope = n.scope;
            p.place = n.place;
            keys[i] = (p.display.as_str().into(), post_key(&p.display).into());
        }
    }
}

/// "Bí thư Đảng ủy, Chủ tịch HĐND xã": the post of a party committee or
/// a council that names no level is of the level of the person's other
/// local posts, when they are all of one. Read from the posts' keys,
/// where "HĐND" and "Hội đồng nhân dân" are one.
fn share_tiers(posts: &mut [Cow<Post>], keys: &[(Arc<str>, Arc<str>)]) {
    static BODIES: LazyLock<[String; 3]> =
        LazyLock::new(|| ["Đảng ủy", "Hội đồng nhân dân", "Ủy ban nhân dân"].map(post_key));
    let mut tiers = posts.iter().filter_map(|p| match p.scope {
        Scope::Local(t) => Some(t),
        _ => None,
    });
    let Some(tier) = tiers.next() else {
        return;
    };
    if !tiers.all(|t| t == tier) {
        return;
    }
    let ends_with_body = |key: &str| {
        BODIES.iter().any(|b| {
            key.strip_suffix(b.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
        })
    };
    for (p, (_, key)) in posts.iter_mut().zip(keys) {
        if p.scope == Scope::Unknown && p.place.is_none() && ends_with_body(key) {
            p.to_mut().scope = Scope::Local(tier);
        }
    }
}

/// "Tổng Bí thư, Chủ tịch nước Lào": a foreign official's posts that name
/// no place are of their country, not of Vietnam's centre or of the
/// report's province. A Vietnamese envoy's post says where it is held
/// ("Đại sứ Việt Nam tại Lào"), and their other posts stay Vietnamese.
fn posts_of_foreign_state(posts: &mut [Cow<Post>], titles: &[Text]) {
    // Asked of every mention: the titles are lower-cased only for the few
    // who hold a post abroad.
    let Some(country) = posts
        .iter()
        .find(|p| p.scope == Scope::Abroad)
        .and_then(|p| p.place.clone())
    else {
        return;
    };
    let envoy = |t: &Text| {
        let lower = t.to_lowercase();
        lower.contains(" tại ") || lower.contains(" ở ") || lower.contains("việt nam")
    };
    if titles.iter().any(envoy) {
        return;
    }
    for p in posts.iter_mut() {
        let unplaced = matches!(p.scope, Scope::Central | Scope::Unknown) && p.place.is_none();
        if unplaced {
            let p = p.to_mut();
            p.scope = Scope::Abroad;
            p.place = Some(country.clone());
        }
    }
}

/// A local post without place takes the place of another post of the
/// same tier ("Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Bạc Liêu").
fn share_places(posts: &mut [Cow<Post>]) {
    for i in 0..posts.len() {
        let Scope::Local(tier) = posts[i].scope else {
            continue;
        };
        if posts[i].place.is_some() {
            continue;
        }
        let shared = posts
            .iter()
            .find(|p| p.scope == Scope::Local(tier) && p.place.is_some())
            .and_then(|p| p.place.clone());
        if shared.is_some() {
            posts[i].to_mut().place = shared;
        }
    }
}

#[cfg(test)]
mod tests;
