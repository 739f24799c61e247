//! Merges the mentions of one report: the same person named several times
//! becomes one `Mention` with the union of titles (near-duplicates dropped,
//! the longer kept) and of roles. Roles found on a bare title ("Đồng chí Bí
//! thư Thành ủy phát biểu") go to the one person who holds that title.

use super::people::Found;
use super::vocab;
// Names and titles merge under the catalog's identity key, so that merging
// inside one report and across reports agree.
use crate::model::{Mention, Role, Text};
use crate::text::name_key as same_key;

/// Whether `short` is `long` or a word-prefix of it; the place above
/// after a comma lengthens a title too ("Chủ tịch UBND xã Ba Sơn" and
/// "Chủ tịch UBND xã Ba Sơn, tỉnh Lạng Sơn" are one post).
fn word_prefix(short: &str, long: &str) -> bool {
    long.starts_with(short)
        && (long.len() == short.len()
            || long[short.len()..].starts_with(' ')
            || long[short.len()..].starts_with(", "))
}

/// Adds `title` to `titles` unless a title with the same key, or one it is a
/// word-prefix of, is there; a longer title replaces its prefix.
fn add_title(titles: &mut Vec<Text>, keys: &mut Vec<String>, title: &str) {
    // The key marks a word's tone after it, past a comma glued to the
    // word: without commas "… cán bộ" stays a prefix of "… cán bộ, Bộ A".
    let key = if title.contains(',') {
        same_key(&title.replace(',', ""))
    } else {
        same_key(title)
    };
    if key.is_empty() {
        return;
    }
    if keys.iter().any(|k| word_prefix(&key, k)) {
        return;
    }
    if let Some(p) = keys.iter().position(|k| word_prefix(k, &key)) {
        titles[p] = title.into();
        keys[p] = key;
        return;
    }
    titles.push(title.into());
    keys.push(key);
}

/// The key a person merges under: the name's, without the Christian names
/// written before a Catholic's own when a family name opens what is left
/// ("Giuse Trịnh Ngọc Hiên" and "Trịnh Ngọc Hiên" are one priest; so are
/// "Gioan Baotixita Phạm Minh Mẫn" and "Phạm Minh Mẫn", "Đa Minh Lê Văn A"
/// and "Lê Văn A"). `key` is the
/// name's own `same_key`, made once for every name.
fn person_key(name: &str, key: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let lower = |w: &str| w.to_lowercase();
    let family = |w: Option<&&str>| {
        w.is_some_and(|w| {
            let w = lower(w);
            !vocab::is_baptismal(&w) && known_family(&w)
        })
    };
    // The Christian names, one word each or two written apart ("Đa Minh").
    let mut lead = 0;
    while lead < words.len() {
        let second = words.get(lead + 1).map(|w| lower(w));
        match vocab::baptismal_len(&lower(words[lead]), second.as_deref()) {
            0 => break,
            n => lead += n,
        }
    }
    // Most names open with their family name: nothing to drop. A middle
    // initial is written with or without a space after its full stop
    // ("Derek J. Olmstead", "Derek J.Olmstead"): one person.
    if lead == 0 {
        return if key.contains(". ") {
            key.replace(". ", ".")
        } else {
            key.to_string()
        };
    }
    // A Christian name of two words whose second no list knows
    // ("Gioan Baotixita", "Phanxicô Xaviê"): the family name comes after.
    if !family(words.get(lead)) && family(words.get(lead + 1)) {
        lead += 1;
    }
    let rest = &words[lead..];
    if rest.len() >= 2 && family(rest.first()) {
        same_key(&rest.join(" "))
    } else {
        key.to_string()
    }
}

/// One person being merged, with the keys of their titles.
struct Person {
    key: String,
    /// Described once as a private person: a household ("hộ bà A"), a
    /// citizen's note, a suspect's or a victim's noun (`Found::private`).
    private: bool,
    /// Named in a run of three names or more ("các đồng chí: A, B, C, D"):
    /// a roster of a body, whose members the report names for it.
    rostered: bool,
    mention: Mention,
    title_keys: Vec<String>,
}

/// Fewest names in a run that make it a roster (`Person::rostered`).
const ROSTER: usize = 3;

/// Whether each of `found` is named in a run of `ROSTER` names or more.
fn in_rosters(found: &[Found]) -> Vec<bool> {
    let mut out = vec![false; found.len()];
    for run in list_runs(found) {
        if found[run.clone()]
            .iter()
            .filter(|f| f.name.is_some())
            .count()
            >= ROSTER
        {
            out[run].iter_mut().for_each(|r| *r = true);
        }
    }
    out
}

/// The runs of `found` named one right after another (`next_in_list`),
/// each as its range of indices, in order; one named alone is a run of one.
fn list_runs(found: &[Found]) -> Vec<std::ops::Range<usize>> {
    let mut runs = Vec::new();
    let mut start = 0;
    for end in 1..=found.len() {
        if end < found.len() && next_in_list(&found[end - 1], &found[end]) {
            continue;
        }
        runs.push(start..end);
        start = end;
    }
    runs
}

/// Whether a name is withheld, its given name cut to an initial ("anh
/// Nguyễn Văn T.", "bà Trần Thái L."): the press writes so of someone it
/// will not name, so no one is named. "Y" alone is a vowel and a whole
/// syllable, a woman's given name ("Nguyễn Thị Nữ Y"): with a post held,
/// it is the official named in full, as the press names officials.
fn withheld(name: &str, titles: &[String]) -> bool {
    // "ông B.H.Q, Chánh văn phòng Huyện ủy": a name cut to its initials
    // is withheld whole, whatever post it is named with.
    if super::names::dotted_initials(&name.replace(' ', "")) {
        return true;
    }
    let mut words = name.rsplit(' ');
    let last = words.next().unwrap_or("");
    let mut letters = last.chars();
    let first = letters.next();
    // "Nguyễn Thị Như Ý", "Hồ Văn Ý": a letter with a tone mark is a
    // syllable, a whole given name; an initial is a bare letter of the
    // alphabet ("T", "Đ", "Ư").
    let initial = first.is_some_and(|c| c.is_uppercase() && !crate::text::has_tone(c))
        && letters.next().is_none();
    // "Y Bli Niê": a name of the Central Highlands opens with one letter;
    // only the last word counts, after a family name of more.
    let given_y = last == "Y" && !titles.is_empty();
    initial && !given_y && words.next().is_some_and(|w| w.chars().nth(1).is_some())
}

/// Most tokens from one name of a list to the next ("A, B": the name and
/// its comma).
const LIST_STEP: usize = 5;

/// Whether `f` is named right after `prev` in one list of names, as
/// "nhóm thơ gồm: A, B, C" names them.
fn next_in_list(prev: &Found, f: &Found) -> bool {
    prev.name.is_some() && !prev.short && prev.pos < f.pos && f.pos - prev.pos <= LIST_STEP
}

/// For each of `found`, whether it is named with no post in one list of
/// names ("A, B và C giành HCV đồng đội") beside a private person, one
/// the report calls so there or anywhere else ("xạ thủ B đạt 580 điểm"):
/// a list names people of one kind.
fn listed_private(found: &[Found], keys: &[Option<String>]) -> Vec<bool> {
    let private: Vec<&str> = found
        .iter()
        .zip(keys)
        .filter(|(f, _)| f.private && !f.short)
        .filter_map(|(_, k)| k.as_deref())
        .collect();
    let is_private =
        |n: usize| found[n].private || keys[n].as_deref().is_some_and(|k| private.contains(&k));
    let mut out = vec![false; found.len()];
    for run in list_runs(found) {
        if run.len() > 1 && run.clone().any(is_private) {
            for n in run {
                out[n] = found[n].titles.is_empty() && found[n].name.is_some();
            }
        }
    }
    out
}

/// A report's people, merged: those named for a post or a public part,
/// and private persons (`Report::people`).
#[derive(Debug, Default)]
pub struct Merged {
    pub officials: Vec<Mention>,
    pub people: Vec<Mention>,
}

/// Merges `found` (with `roles` in the same order) into the report's
/// mentions; the roles of named people move into them. One named by a
/// post, held now or before, is an official wherever the report names
/// them: the accused of a trial named "cựu Chủ tịch UBND huyện A" is the
/// district's former chairman, whose career the trial belongs to.
pub fn merge(found: &[Found], mut roles: Vec<Vec<Role>>) -> Merged {
    // Each name keyed once for the short names below.
    let keys: Vec<Option<String>> = found
        .iter()
        .map(|f| f.name.as_deref().map(same_key))
        .collect();
    // Given names the report calls someone by with a cue ("anh Huy"):
    // they make people of the full names written bare.
    let echoed: Vec<&str> = found
        .iter()
        .zip(&keys)
        .filter(|(f, _)| f.short)
        .filter_map(|(_, k)| k.as_deref())
        .collect();
    let confirmed = |key: &str| {
        key.rsplit(' ')
            .next()
            .is_some_and(|given| echoed.contains(&given))
    };
    let listed = listed_private(found, &keys);
    let rostered = in_rosters(found);
    let mut people: Vec<Person> = Vec::new();
    for ((((f, r), name_key), listed), rostered) in found
        .iter()
        .zip(&mut roles)
        .zip(&keys)
        .zip(&listed)
        .zip(&rostered)
    {
        let (Some(name), Some(name_key)) = (f.name.as_ref().filter(|_| !f.short), name_key) else {
            continue;
        };
        // Read with the given names below: it may be a full name's end.
        if lone_foreign(f) {
            continue;
        }
        if f.bare && !confirmed(name_key) || withheld(name, &f.titles) {
            continue;
        }
        let at = person_at(&mut people, person_key(name, name_key), name);
        // The name written in full, with the Christian name, is kept.
        if name.len() > people[at].mention.name.len() {
            people[at].mention.name = name.into();
        }
        let p = &mut people[at];
        p.private |= f.private || *listed;
        p.rostered |= *rostered;
        for t in &f.titles {
            add_title(&mut p.mention.titles, &mut p.title_keys, t);
        }
        p.mention.roles.extend(r.drain(..));
    }
    fold_given_names(&mut people);
    fold_cut_names(&mut people);
    fold_word_read_before_name(&mut people);
    fold_mistyped_family_names(&mut people);
    // "bà Nga": the one person whose full name ends with the given name;
    // "Ông" alone: the person named last before, unless that one closed a
    // list of several ("nhóm thơ gồm: A, B, C. Ông từng …" is no one's).
    // A given name counts as a naming: in "… thay ông Lữ Văn Ngời. Ông
    // Quang quê ở … Ông từng giữ …" the last named is Quang, not Ngời.
    let mut last: Option<String> = None;
    for (n, (f, key)) in found.iter().zip(&keys).enumerate() {
        if lone_foreign(f) {
            keep_lone_foreign(&mut people, f, key.as_deref());
            continue;
        }
        if !f.short {
            if key.is_some() {
                let listed = n > 0 && next_in_list(&found[n - 1], f);
                last = key.clone().filter(|_| !listed);
            }
            continue;
        }
        let Some(given) = key else {
            if let Some(p) = last
                .as_ref()
                .and_then(|k| people.iter_mut().find(|p| &p.key == k))
            {
                for t in &f.titles {
                    add_title(&mut p.mention.titles, &mut p.title_keys, t);
                }
            }
            continue;
        };
        let mut hits = (0..people.len()).filter(|&i| {
            let key = &people[i].key;
            key.len() > given.len()
                && key.ends_with(given.as_str())
                && key[..key.len() - given.len()].ends_with(' ')
        });
        if let (Some(p), None) = (hits.next(), hits.next()) {
            let p = &mut people[p];
            for t in &f.titles {
                add_title(&mut p.mention.titles, &mut p.title_keys, t);
            }
            last = Some(p.key.clone());
        }
    }
    for (f, r) in found.iter().zip(&roles) {
        if f.name.is_some() || r.is_empty() {
            continue;
        }
        if let Some(p) = holder(&people, &f.titles) {
            people[p].mention.roles.extend(r);
        }
    }
    mentions_of(people)
}

/// The person of `people` keyed `key`, added with `name` when none is.
fn person_at(people: &mut Vec<Person>, key: String, name: &str) -> usize {
    if let Some(p) = people.iter().position(|p| p.key == key) {
        return p;
    }
    people.push(Person {
        key,
        private: false,
        rostered: false,
        mention: Mention {
            name: name.into(),
            ..Mention::default()
        },
        title_keys: Vec::new(),
    });
    people.len() - 1
}

/// Whether `f` names a foreign leader by one word of the name, after the
/// office ("Tổng thống Kovalen"): the last word of a full name the report
/// may write too.
fn lone_foreign(f: &Found) -> bool {
    !f.short
        && !f.titles.is_empty()
        && f.name.as_deref().is_some_and(|n| {
            !n.contains(' ') && super::names::foreign(n) && !withheld(n, &f.titles)
        })
}

/// Folds a foreign leader named by one word into the one person whose
/// full name ends with it ("Tổng thống Ivan Kovalen"); else the word is
/// the person's name as the report gives it.
fn keep_lone_foreign(people: &mut Vec<Person>, f: &Found, key: Option<&str>) {
    let (Some(name), Some(key)) = (f.name.as_deref(), key) else {
        return;
    };
    let mut hits = (0..people.len()).filter(|&i| {
        let whole = &people[i].key;
        whole.len() > key.len()
            && whole.ends_with(key)
            && whole[..whole.len() - key.len()].ends_with(' ')
    });
    let at = match (hits.next(), hits.next()) {
        (Some(p), None) => p,
        _ => person_at(people, person_key(name, key), name),
    };
    let p = &mut people[at];
    for t in &f.titles {
        add_title(&mut p.mention.titles, &mut p.title_keys, t);
    }
}

/// "xạ thủ Lê Thị Mộng Tuyền … xạ thủ Mộng Tuyền": a name of two or more
/// words that opens with no family name and ends the full name of exactly
/// one other person of the report is that person's given name; its titles
/// and roles go to them. A name that puts the family name last ("Y Djăk
/// Ayun") is cut short at its end ("Y Djăk").
fn fold_given_names(people: &mut Vec<Person>) {
    let mut i = 0;
    while i < people.len() {
        let key = &people[i].key;
        let first = people[i]
            .mention
            .name
            .split(' ')
            .next()
            .map(str::to_lowercase);
        let opens_family = first.as_deref().is_some_and(known_family);
        // Ê Đê and Gia Rai names put the family name last, after "Y" (a
        // man) or "H'" (a woman): "Y Djăk" is "Y Djăk Ayun" cut short.
        let family_last = first
            .as_deref()
            .is_some_and(|w| w == "y" || w.starts_with("h'") || w.starts_with("h’"));
        let mut full = (0..people.len()).filter(|&q| {
            let long = &people[q].key;
            q != i
                && long.len() > key.len()
                && if family_last {
                    long.starts_with(key.as_str()) && long[key.len()..].starts_with(' ')
                } else {
                    long.ends_with(key.as_str()) && long[..long.len() - key.len()].ends_with(' ')
                }
        });
        let target = match (full.next(), full.next()) {
            // "H'Liên" holds its opener: one word is a name.
            (Some(q), None) if family_last && (key.contains(' ') || !key.starts_with('y')) => {
                Some(q)
            }
            (Some(q), None) if key.contains(' ') && !opens_family => Some(q),
            _ => None,
        };
        let Some(q) = target else {
            i += 1;
            continue;
        };
        let given = people.remove(i);
        let q = if q > i { q - 1 } else { q };
        let p = &mut people[q];
        for t in &given.mention.titles {
            add_title(&mut p.mention.titles, &mut p.title_keys, t);
        }
        p.mention.roles.extend(given.mention.roles.iter());
    }
}

/// "bà Lê Thu Hà, Phó Chủ tịch … bà Lê Thu hà đã thăm hỏi", "đồng chí
/// Trần Minh Khoa, Phó Bí thư … Trần Minh Khoa Phó Bí thư":
/// a name of two or three words that the full name of exactly one other
/// person of the report opens, one or two words longer, is that name cut
/// short (a given name typed small, one read as a word, a line broken
/// inside it); its titles and roles go to the full name.
fn fold_cut_names(people: &mut Vec<Person>) {
    let mut i = 0;
    while i < people.len() {
        let key = &people[i].key;
        let words = key.split(' ').count();
        let longer = |q: usize| {
            let long = &people[q].key;
            q != i
                && long.len() > key.len()
                && long.starts_with(key.as_str())
                && long[key.len()..].starts_with(' ')
                && long.split(' ').count() <= words + 2
                && posts_agree(&people[i].title_keys, &people[q].title_keys)
        };
        let mut full = (0..people.len()).filter(|&q| longer(q));
        let target = match (full.next(), full.next()) {
            (Some(q), None) if (2..=3).contains(&words) => Some(q),
            _ => None,
        };
        let Some(q) = target else {
            i += 1;
            continue;
        };
        let cut = people.remove(i);
        let q = if q > i { q - 1 } else { q };
        let p = &mut people[q];
        p.private |= cut.private;
        for t in &cut.mention.titles {
            add_title(&mut p.mention.titles, &mut p.title_keys, t);
        }
        p.mention.roles.extend(cut.mention.roles.iter());
    }
}

/// Whether the posts of a name and of a longer name it opens may be one
/// person's: either holds none, or a post of one is the other's or opens
/// it. "bà Nguyễn Thị Thu, Phó Chủ tịch UBND thành phố … bà Nguyễn Thị Thu
/// Hà, Phó Chủ tịch UBND tỉnh" are two women with whole names of their own.
fn posts_agree(a: &[String], b: &[String]) -> bool {
    a.is_empty()
        || b.is_empty()
        || a.iter()
            .any(|x| b.iter().any(|y| word_prefix(x, y) || word_prefix(y, x)))
}

/// "Tổ trưởng tổ dân phố Bắc Cao Phạm Quang Vinh … ông Phạm Quang Vinh":
/// a name one word longer than the full name of exactly one other person
/// of the report, of three words or more opening with a family name, and
/// ending with it is that person with the place's last word before the
/// name read into it ("Cao" of "Bắc Cao"). The place's word cut from the
/// titles read with it, they are not kept; the roles are the person's.
fn fold_word_read_before_name(people: &mut Vec<Person>) {
    let mut i = 0;
    while i < people.len() {
        let key = &people[i].key;
        let words = key.split(' ').count();
        let within = |q: usize| {
            let short = &people[q].key;
            // Lower-cased last: every pair of the report's people is asked,
            // and the counts and the key's ending tell most pairs apart.
            let family = || {
                people[q]
                    .mention
                    .name
                    .split(' ')
                    .next()
                    .is_some_and(|w| known_family(&w.to_lowercase()))
            };
            q != i
                && short.split(' ').count() + 1 == words
                && short.split(' ').count() >= 3
                && key.ends_with(short.as_str())
                && key[..key.len() - short.len()].ends_with(' ')
                && family()
        };
        let mut full = (0..people.len()).filter(|&q| within(q));
        let (Some(q), None) = (full.next(), full.next()) else {
            i += 1;
            continue;
        };
        let read_in = people.remove(i);
        let q = if q > i { q - 1 } else { q };
        let p = &mut people[q];
        p.mention.roles.extend(read_in.mention.roles.iter());
    }
}

/// Whether `word` (lower case) is a family name the lists know.
fn known_family(word: &str) -> bool {
    vocab::is_family_name(word)
}

/// "Chủ tịch Quốc hội Nguyến Văn An dự … Tới dự có đồng chí Nguyễn
/// Văn An": a family name no list knows, written with another tone on
/// the letters of a family name that another person of the report bears
/// with the same given names, is that name mistyped; its titles and roles
/// go to that person. The press mistypes a tone often, a letter seldom.
fn fold_mistyped_family_names(people: &mut Vec<Person>) {
    // A key's word ends with its tone's digit (`name_key`).
    let toneless = |w: &str| w.trim_end_matches(|c: char| c.is_ascii_digit()).to_string();
    let family_of = |p: &Person| {
        p.mention
            .name
            .split(' ')
            .next()
            .map(str::to_lowercase)
            .unwrap_or_default()
    };
    let mut i = 0;
    while i < people.len() {
        let Some((head, given)) = people[i].key.split_once(' ') else {
            i += 1;
            continue;
        };
        if known_family(&family_of(&people[i])) {
            i += 1;
            continue;
        }
        let bare = toneless(head);
        let mut same = (0..people.len()).filter(|&q| {
            q != i
                && people[q]
                    .key
                    .split_once(' ')
                    .is_some_and(|(h, g)| g == given && h != head && toneless(h) == bare)
                && known_family(&family_of(&people[q]))
        });
        let Some(q) = (match (same.next(), same.next()) {
            (Some(q), None) => Some(q),
            _ => None,
        }) else {
            i += 1;
            continue;
        };
        let typo = people.remove(i);
        let q = if q > i { q - 1 } else { q };
        let p = &mut people[q];
        p.private |= typo.private;
        for t in &typo.mention.titles {
            add_title(&mut p.mention.titles, &mut p.title_keys, t);
        }
        p.mention.roles.extend(typo.mention.roles.iter());
    }
}

/// The mentions of the merged people, titles expanded: every person the
/// report names, with a post or none ("kỷ luật ông A", "hộ bà B", "Luật
/// sư C", "Thượng tọa D").
fn mentions_of(people: Vec<Person>) -> Merged {
    // Fresh vectors: collecting in place would keep the room of the
    // larger `Person`s for as long as the report lives.
    let mut merged = Merged {
        officials: Vec::with_capacity(people.len()),
        people: Vec::new(),
    };
    for mut p in people {
        // "là cán bộ tiền khởi nghĩa", "là cán bộ năng động": a staff
        // noun alone describes someone, it names no post.
        p.mention.titles.retain(|t| !bare_staff(t));
        let expanded: Vec<Option<String>> = p
            .mention
            .titles
            .iter()
            .map(|t| super::abbrev::expand(t))
            .collect();
        if expanded.iter().any(Option::is_some) {
            p.mention.titles_expanded = expanded
                .into_iter()
                .zip(&p.mention.titles)
                .map(|(e, t)| e.map_or_else(|| t.clone(), Text::from))
                .collect();
        }
        p.mention.titles.shrink_to_fit();
        // A post read anywhere in the report outweighs a citizen's note:
        // "ông A (SN 1970), Trưởng thôn B" is the hamlet's head. A
        // distinction or a cleric's standing held alone is no post: "Mẹ
        // Việt Nam Anh hùng A", "Đại đức B" visited with a gift.
        // A degree or a trade held alone is no post either: "Luật sư A",
        // "Tiến sĩ B" answering questions at a forum are its experts.
        let honoured_only = !p.mention.titles.is_empty()
            && p.mention
                .titles
                .iter()
                .all(|t| vocab::is_honorific(t) || degree_or_trade(t));
        // One the whole report names with no post, and who neither chairs
        // nor attends nor is named in a roster ("Phát biểu, ông A cho biết
        // …", "bà B chia sẻ"), may hold one, but the report does not say
        // which: no official of it. A guest of a meeting's list, its chair
        // and the members of a roster ("bầu 11 đồng chí vào Ban Chấp hành,
        // đó là các đồng chí: A, B, C, …") are there for a body.
        let unplaced = p.mention.titles.is_empty()
            && !p.rostered
            && !p
                .mention
                .roles
                .iter()
                .any(|r| matches!(r, Role::Chair | Role::CoChair | Role::Attendee));
        let private = p.private && p.mention.titles.is_empty() || unplaced;
        if private || honoured_only || clergy_only(&p.mention) {
            merged.people.push(p.mention);
        } else {
            merged.officials.push(p.mention);
        }
    }
    merged
}

/// Whether the person is a religious dignitary and nothing more: a
/// cleric's standing, a post in a church, a Sangha or a congregation, or a
/// Buddhist dharma name ("Thích …"), with no post in the Party, the state
/// or the Front beside them. Such a person is visited, greeted or heard,
/// and is no official: "Thượng tọa A, Trưởng Ban Trị sự GHPGVN tỉnh",
/// "Giám mục B, Giám mục Giáo phận C", "Mục sư D, Hội trưởng"; while
/// "Linh mục E, Phó Chủ tịch Ủy ban MTTQ tỉnh" holds a public post.
fn clergy_only(mention: &Mention) -> bool {
    let titles = mention.expanded();
    let religious = |t: &Text| vocab::is_religious_title(t);
    let dharma_name = mention.name.starts_with("Thích ");
    // Most people named hold a public post first: that title ends the
    // check before any other is read.
    titles
        .iter()
        .all(|t| vocab::is_honorific(t) || religious(t) || degree_or_trade(t))
        && (dharma_name || titles.iter().any(religious))
}

/// Whether a title is a degree or a trade alone, written out or short
/// and dotted ("Luật sư", "Tiến sỹ", "PGS.TS").
fn degree_or_trade(title: &str) -> bool {
    let lower = title.to_lowercase();
    vocab::is_profession(&lower) || vocab::dotted_professions(&lower)
}

/// Whether a title is a staff noun with nothing after it ("Cán bộ",
/// "công chức"), which no body or field makes a post.
fn bare_staff(title: &str) -> bool {
    matches!(
        title.to_lowercase().as_str(),
        "cán bộ" | "nhân viên" | "công chức" | "viên chức"
    )
}

/// The one person holding the first of `titles`, if exactly one does.
fn holder(people: &[Person], titles: &[String]) -> Option<usize> {
    let key = same_key(titles.first()?);
    let mut hits = people
        .iter()
        .enumerate()
        .filter(|(_, p)| p.title_keys.iter().any(|k| word_prefix(&key, k)))
        .map(|(i, _)| i);
    let first = hits.next()?;
    hits.next().is_none().then_some(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every mention `super::merge` gives, officials first.
    fn merge(found: &[Found], roles: Vec<Vec<Role>>) -> Vec<Mention> {
        let got = super::merge(found, roles);
        got.officials.into_iter().chain(got.people).collect()
    }

    fn f(name: Option<&str>, titles: &[&str]) -> Found {
        Found {
            short: false,
            bare: false,
            name: name.map(String::from),
            titles: titles
                .iter()
                .map(std::string::ToString::to_string)
                .collect(),
            pos: 0,
            group: 0,
            private: false,
        }
    }

    #[test]
    fn a_name_withheld_behind_an_initial_names_no_one() {
        let found = [
            f(Some("Nguyễn Tùng D"), &[]),
            f(Some("Y Bli Niê"), &["Buôn trưởng"]),
            f(Some("Lò Văn Sáng"), &[]),
            f(Some("B.H.Q"), &["Chánh văn phòng Huyện ủy"]),
            f(Some("N.V.T."), &[]),
        ];
        let got = merge(&found, vec![Vec::new(); 5]);
        let names: Vec<&str> = got.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["Y Bli Niê", "Lò Văn Sáng"]);
    }

    #[test]
    fn a_foreign_leader_named_by_one_word_is_the_full_name_it_ends() {
        let found = [
            f(Some("Kovalen"), &["Tổng thống"]),
            f(Some("Ivan Kovalen"), &["Tổng thống Cộng hòa Aldavia"]),
            f(Some("Takamoto"), &["Nhà vua"]),
        ];
        let got = merge(&found, vec![Vec::new(); 3]);
        let names: Vec<&str> = got.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["Ivan Kovalen", "Takamoto"]);
        assert_eq!(got[1].titles, ["Nhà vua"]);
    }

    #[test]
    fn the_given_name_y_of_an_official_is_no_initial() {
        let found = [
            f(Some("Đinh Thị Mỹ Y"), &["Phó Chủ tịch UBND huyện"]),
            f(Some("Trần Văn Y"), &[]),
            f(Some("Hà Văn T"), &["Trưởng thôn"]),
        ];
        let got = merge(&found, vec![Vec::new(); 3]);
        let names: Vec<&str> = got.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["Đinh Thị Mỹ Y"]);
    }

    #[test]
    fn a_given_name_of_one_toned_letter_is_no_initial() {
        let found = [
            f(Some("Đào Thị Như Ý"), &["Chủ tịch Liên đoàn Lao động tỉnh"]),
            f(Some("Hồ Văn Đ"), &[]),
            f(Some("Lục Văn Ỷ"), &[]),
        ];
        let got = merge(&found, vec![Vec::new(); 3]);
        let names: Vec<&str> = got.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["Đào Thị Như Ý", "Lục Văn Ỷ"]);
    }

    #[test]
    fn a_family_name_with_a_mistyped_tone_is_the_one_person_it_would_be() {
        // "Phó Chủ tịch Quốc hội Đố Minh Khang dự … có đồng chí Đỗ Minh
        // Khang, Ủy viên Bộ Chính trị, Phó Chủ tịch Quốc hội".
        let found = [
            f(Some("Đố Minh Khang"), &["Phó Chủ tịch Quốc hội"]),
            f(
                Some("Đỗ Minh Khang"),
                &["Ủy viên Bộ Chính trị", "Phó Chủ tịch Quốc hội"],
            ),
            f(Some("Hổ Thị Lan"), &["Trưởng thôn"]),
            f(Some("Lê Văn An"), &["Bí thư Chi bộ"]),
        ];
        let got = merge(&found, vec![Vec::new(); 4]);
        let names: Vec<&str> = got.iter().map(|m| m.name.as_str()).collect();
        // No one else is "Hồ Thị Lan": a name no list knows stays a name.
        assert_eq!(names, ["Đỗ Minh Khang", "Hổ Thị Lan", "Lê Văn An"]);
        assert_eq!(
            got[0].titles,
            ["Ủy viên Bộ Chính trị", "Phó Chủ tịch Quốc hội"]
        );
    }

    #[test]
    fn a_mistyped_tone_goes_to_the_family_name_of_the_same_letters() {
        // "Võ" and "Vũ" differ in a letter: "Vọ Văn Tài" can only be the
        // "Võ Văn Tài" of the report. "Lỵ Minh Hà" beside both "Lý Minh
        // Hà" and "Lỳ Minh Hà" (two family names of the north's
        // mountains) could be either, so it stays as written.
        let found = [
            f(Some("Võ Văn Tài"), &["Chủ tịch UBND xã"]),
            f(Some("Vũ Văn Tài"), &["Trưởng Công an xã"]),
            f(Some("Vọ Văn Tài"), &["Chủ tịch UBND xã Bình Lâm"]),
            f(Some("Lý Minh Hà"), &["Bí thư Đảng ủy xã"]),
            f(Some("Lỳ Minh Hà"), &["Trưởng bản"]),
            f(Some("Lỵ Minh Hà"), &[]),
        ];
        let got = merge(&found, vec![Vec::new(); 6]);
        let names: Vec<&str> = got.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Võ Văn Tài",
                "Vũ Văn Tài",
                "Lý Minh Hà",
                "Lỳ Minh Hà",
                "Lỵ Minh Hà"
            ]
        );
        assert_eq!(got[0].titles, ["Chủ tịch UBND xã Bình Lâm"]);
    }

    #[test]
    fn a_name_cut_short_is_the_one_full_name_it_opens() {
        // "bà Hà Thu Mai, Phó Chủ tịch … bà Hà Thu mai đã thăm hỏi": the
        // given name typed small was read as no part of the name.
        let found = [
            f(Some("Hà Thu Mai"), &["Phó Chủ tịch Hội"]),
            f(Some("Hà Thu"), &[]),
            f(Some("Lê Văn"), &["Trưởng thôn"]),
            f(Some("Lê Văn Hùng"), &[]),
            f(Some("Lê Văn Dũng"), &[]),
        ];
        let got = merge(&found, vec![Vec::new(); 5]);
        let names: Vec<&str> = got.iter().map(|m| m.name.as_str()).collect();
        // Two full names open with "Lê Văn": neither is the cut one's.
        assert_eq!(
            names,
            ["Hà Thu Mai", "Lê Văn", "Lê Văn Hùng", "Lê Văn Dũng"]
        );
        assert_eq!(got[0].titles, ["Phó Chủ tịch Hội"]);
    }

    #[test]
    fn a_household_is_a_person_named_once() {
        let mut home = f(Some("Lê Thị Mơ"), &[]);
        home.private = true;
        let again = f(Some("Lê Thị Mơ"), &[]);
        let got = merge(&[home.clone(), again], vec![Vec::new(), Vec::new()]);
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].titles.is_empty());
        let titled = f(Some("Lê Thị Mơ"), &["Chi hội trưởng"]);
        let got = merge(&[home, titled], vec![Vec::new(), Vec::new()]);
        assert_eq!(got[0].titles, ["Chi hội trưởng"]);
    }

    #[test]
    fn a_distinction_a_degree_or_a_monks_standing_is_kept_as_written() {
        for title in ["Nhà giáo ưu tú", "Luật sư", "PGS.TS", "Thượng tọa"] {
            let got = merge(&[f(Some("Đinh Công Lực"), &[title])], vec![Vec::new()]);
            assert_eq!(got.len(), 1, "{title}");
            assert_eq!(got[0].titles, [title]);
        }
        let got = merge(&[f(Some("Thích Minh Tịnh"), &["TT."])], vec![Vec::new()]);
        assert_eq!(*got[0].titles_expanded, ["Thượng tọa"]);
    }

    #[test]
    fn a_dignitary_with_religious_posts_only_is_listed_apart_from_officials() {
        let found = [
            f(Some("Thích Minh Tịnh"), &["TT.", "Trưởng BTS GHPGVN tỉnh"]),
            f(Some("Thích Quảng Đạo"), &[]),
            f(Some("Vũ Văn Thắng"), &["Mục sư", "Hội trưởng"]),
            f(Some("Lê Hữu Tín"), &["Chánh xứ Giáo xứ Tân Hòa"]),
            f(
                Some("Trần Văn Lộc"),
                &["Linh mục", "Ủy viên Ủy ban MTTQ tỉnh"],
            ),
            f(Some("Hà Thị Yến"), &["Trưởng Ban quản lý di tích chùa Keo"]),
            f(Some("Ngô Đức Hải"), &["Hội trưởng Hội Khuyến học tỉnh"]),
            f(Some("Đào Văn Bình"), &["Phó Trưởng ban Tôn giáo Chính phủ"]),
        ];
        let got = super::merge(&found, vec![Vec::new(); found.len()]);
        let names = |list: &[Mention]| list.iter().map(|m| m.name.to_string()).collect::<Vec<_>>();
        assert_eq!(
            names(&got.officials),
            ["Trần Văn Lộc", "Hà Thị Yến", "Ngô Đức Hải", "Đào Văn Bình"]
        );
        assert_eq!(
            names(&got.people),
            [
                "Thích Minh Tịnh",
                "Thích Quảng Đạo",
                "Vũ Văn Thắng",
                "Lê Hữu Tín"
            ]
        );
    }

    #[test]
    fn a_given_name_alone_joins_the_one_full_name_it_ends() {
        let found = [
            f(Some("Đỗ Thị Ngọc Trâm"), &[]),
            f(Some("Ngọc Trâm"), &[]),
            f(Some("Vũ Minh Khang"), &[]),
        ];
        let got = merge(&found, vec![Vec::new(), vec![Role::Speaker], Vec::new()]);
        let names: Vec<&str> = got.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["Đỗ Thị Ngọc Trâm", "Vũ Minh Khang"]);
        assert_eq!(got[0].roles, [Role::Speaker]);
        // Two full names end with it: it stays apart; so does a name that
        // opens with a family name.
        let found = [
            f(Some("Đỗ Thị Ngọc Trâm"), &[]),
            f(Some("Phan Ngọc Trâm"), &[]),
            f(Some("Ngọc Trâm"), &[]),
        ];
        assert_eq!(merge(&found, vec![Vec::new(); 3]).len(), 3);
    }

    #[test]
    fn a_bare_full_name_is_someone_only_when_called_by_the_given_name_too() {
        let mut bare = f(Some("Lê Quốc Huy"), &[]);
        bare.bare = true;
        let mut given = f(Some("Huy"), &["Phó Bí thư Xã đoàn"]);
        given.short = true;
        let merged = merge(&[bare.clone(), given.clone()], vec![vec![]; 2]);
        assert_eq!(merged.len(), 1);
        assert_eq!(merged[0].name, "Lê Quốc Huy");
        assert_eq!(merged[0].titles, ["Phó Bí thư Xã đoàn"]);
        let mut other = given;
        other.name = Some("Hoa".into());
        assert!(merge(&[bare, other], vec![vec![]; 2]).is_empty());
    }

    #[test]
    fn a_title_with_the_body_above_after_a_comma_replaces_the_shorter() {
        let found = [
            f(Some("Lê Quang Minh"), &["Vụ trưởng Vụ Tổ chức cán bộ"]),
            f(
                Some("Lê Quang Minh"),
                &["Vụ trưởng Vụ Tổ chức cán bộ, Bộ Dân tộc và Tôn giáo"],
            ),
        ];
        let got = merge(&found, vec![Vec::new(); 2]);
        assert_eq!(
            got[0].titles,
            ["Vụ trưởng Vụ Tổ chức cán bộ, Bộ Dân tộc và Tôn giáo"]
        );
    }

    #[test]
    fn a_name_with_its_family_name_last_is_cut_short_at_its_end() {
        let found = [
            f(Some("Y Brăh Êban"), &["Già làng"]),
            f(Some("Y Brăh"), &[]),
            f(Some("H'Liên Niê"), &[]),
            f(Some("H'Liên"), &[]),
        ];
        let got = merge(&found, vec![Vec::new(); 4]);
        let names: Vec<&str> = got.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["Y Brăh Êban", "H'Liên Niê"]);
        // A name with its family name first is not cut at its end: the
        // cut one is the full name's (`fold_cut_names`).
        let found = [f(Some("Nguyễn Văn Hòa"), &[]), f(Some("Nguyễn Văn"), &[])];
        let got = merge(&found, vec![Vec::new(); 2]);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].name, "Nguyễn Văn Hòa");
    }

    #[test]
    fn a_whole_name_that_opens_a_longer_one_with_other_posts_is_another_person() {
        let found = [
            f(Some("Đặng Thị Lan"), &["Phó Giám đốc Sở Tài chính"]),
            f(Some("Đặng Thị Lan Anh"), &["Chủ tịch Hội Nông dân xã"]),
        ];
        let got = merge(&found, vec![Vec::new(); 2]);
        let names: Vec<&str> = got.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["Đặng Thị Lan", "Đặng Thị Lan Anh"]);
        // The same post, or one cut short, is one person's name cut short.
        let found = [
            f(Some("Đặng Thị Lan"), &["Phó Giám đốc Sở"]),
            f(Some("Đặng Thị Lan Anh"), &["Phó Giám đốc Sở Tài chính"]),
        ];
        let got = merge(&found, vec![Vec::new(); 2]);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].name, "Đặng Thị Lan Anh");
        assert_eq!(got[0].titles, ["Phó Giám đốc Sở Tài chính"]);
    }

    #[test]
    fn a_priest_with_and_without_his_christian_name_is_one_mention() {
        let found = [
            f(Some("Trần Quang Vịnh"), &["Linh mục"]),
            f(
                Some("Giuse Trần Quang Vịnh"),
                &["Chánh xứ Giáo xứ Đông Hòa"],
            ),
            f(Some("Giuse Lương"), &[]),
        ];
        // The other priest attends: a guest's role keeps a name with no
        // title among the officials.
        let got = merge(&found, vec![Vec::new(), Vec::new(), vec![Role::Attendee]]);
        let names: Vec<&str> = got.iter().map(|m| m.name.as_str()).collect();
        // The parish priest is a dignitary, listed after the officials.
        assert_eq!(names, ["Giuse Lương", "Giuse Trần Quang Vịnh"]);
        assert_eq!(got[1].titles, ["Linh mục", "Chánh xứ Giáo xứ Đông Hòa"]);
    }

    #[test]
    fn a_name_with_no_title_and_no_role_is_a_person_too() {
        let found = [
            f(Some("Lê Văn Khải"), &[]),
            f(Some("Trần Thị Mai"), &["Phó Chủ tịch UBND xã"]),
            f(Some("Hà Văn Sáu"), &[]),
            f(Some("Đinh Thị Nga"), &[]),
        ];
        let roles = vec![
            Vec::new(),
            Vec::new(),
            vec![Role::Speaker],
            vec![Role::Attendee],
        ];
        let got = super::merge(&found, roles);
        let names =
            |m: &[Mention]| -> Vec<String> { m.iter().map(|m| m.name.to_string()).collect() };
        // A guest of the meeting is there for a body, though the report
        // names none; one who only speaks or is only named may hold no
        // post at all.
        assert_eq!(names(&got.officials), ["Trần Thị Mai", "Đinh Thị Nga"]);
        assert_eq!(names(&got.people), ["Lê Văn Khải", "Hà Văn Sáu"]);
    }

    #[test]
    fn a_christian_name_of_two_words_is_dropped_whole_for_the_key() {
        let found = [
            f(Some("Gioan Baotixita Lương Văn Thạch"), &["Hồng y"]),
            f(
                Some("Lương Văn Thạch"),
                &["Tổng Giám mục Tổng Giáo phận Huế"],
            ),
            f(Some("Tôma Aquinô Đinh Công Lý"), &["Linh mục"]),
            f(Some("Đinh Công Lý"), &["Chánh xứ Giáo xứ Vạn Lộc"]),
        ];
        let got = merge(&found, vec![Vec::new(); 4]);
        let names: Vec<&str> = got.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Gioan Baotixita Lương Văn Thạch",
                "Tôma Aquinô Đinh Công Lý"
            ]
        );
    }

    #[test]
    fn one_person_twice_is_one_mention_without_near_duplicate_titles() {
        let found = [
            f(
                Some("Lê trí Vũ"),
                &["Ủy viên Ban Thường vụ", "Trưởng ban dân vận Thành ủy"],
            ),
            f(
                Some("Lê Trí Vũ"),
                &[
                    "Ủy viên Ban Thường vụ Thành uỷ",
                    "Trưởng Ban Dân vận Thành ủy",
                ],
            ),
        ];
        let roles = [vec![Role::Chair], vec![Role::Speaker]];
        let got = merge(&found, roles.into());
        assert_eq!(got.len(), 1);
        assert_eq!(
            got[0].titles,
            [
                "Ủy viên Ban Thường vụ Thành uỷ",
                "Trưởng ban dân vận Thành ủy"
            ]
        );
        assert_eq!(got[0].roles, [Role::Chair, Role::Speaker]);
    }

    #[test]
    fn a_title_with_the_place_above_after_a_comma_replaces_the_shorter() {
        let found = [
            f(
                Some("Nguyễn Văn Thịnh"),
                &["Chủ tịch UBND xã Ba Sơn, tỉnh Lạng Sơn"],
            ),
            f(Some("Nguyễn Văn Thịnh"), &["Chủ tịch UBND xã Ba Sơn"]),
        ];
        let got = merge(&found, vec![Vec::new(); 2]);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].titles, ["Chủ tịch UBND xã Ba Sơn, tỉnh Lạng Sơn"]);
    }

    #[test]
    fn different_titles_that_share_words_both_stay() {
        let found = [f(
            Some("Đỗ Văn Hải"),
            &["Bí thư Thành ủy", "Phó Bí thư Thành ủy"],
        )];
        assert_eq!(merge(&found, vec![vec![]])[0].titles.len(), 2);
    }

    #[test]
    fn a_bare_title_passes_its_role_to_its_only_holder() {
        let found = [
            f(Some("Lê Tiến Dũng"), &["Bí thư Thành ủy"]),
            f(Some("Đỗ Mạnh Hải"), &["Phó Bí thư Thường trực Thành ủy"]),
            f(None, &["Bí thư Thành ủy"]),
        ];
        let roles = [vec![], vec![], vec![Role::Speaker]];
        let got = merge(&found, roles.into());
        assert_eq!(got.len(), 2, "a title alone is not a person");
        assert_eq!(got[0].roles, [Role::Speaker]);
        assert!(got[1].roles.is_empty());
    }

    #[test]
    fn a_place_word_read_into_a_name_is_the_person_named_without_it() {
        let found = [
            f(Some("Phạm Quang Vinh"), &["Tổ trưởng tổ dân phố Bắc Cao"]),
            f(Some("Cao Phạm Quang Vinh"), &["Tổ trưởng tổ dân phố Bắc"]),
        ];
        let got = merge(&found, vec![vec![], vec![Role::Speaker]]);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].name, "Phạm Quang Vinh");
        assert_eq!(got[0].titles, ["Tổ trưởng tổ dân phố Bắc Cao"]);
        assert_eq!(got[0].roles, [Role::Speaker]);
        // Two words more, or a name of two words, is another person.
        let found = [
            f(Some("Lê Minh"), &[]),
            f(Some("Trần Lê Minh"), &["Trưởng thôn"]),
        ];
        assert_eq!(merge(&found, vec![vec![]; 2]).len(), 2);
    }

    #[test]
    fn a_staff_noun_alone_is_no_post() {
        let mut described = f(Some("Đinh Văn Lũy"), &["Cán bộ"]);
        described.private = true;
        let got = super::merge(
            &[
                described,
                f(
                    Some("Hà Thị Kiều"),
                    &["Cán bộ", "Phó Chủ tịch Hội Nông dân xã"],
                ),
                f(Some("Vũ Đức Bảo"), &["cán bộ Ban Dân vận Huyện ủy"]),
            ],
            vec![Vec::new(); 3],
        );
        let names = |m: &[Mention]| m.iter().map(|m| m.name.to_string()).collect::<Vec<_>>();
        assert_eq!(names(&got.officials), ["Hà Thị Kiều", "Vũ Đức Bảo"]);
        assert_eq!(got.officials[0].titles, ["Phó Chủ tịch Hội Nông dân xã"]);
        assert_eq!(names(&got.people), ["Đinh Văn Lũy"]);
    }

    #[test]
    fn a_distinction_or_a_clerics_standing_alone_is_no_post() {
        let got = super::merge(
            &[
                f(Some("Lê Thị Nở"), &["Mẹ Việt Nam Anh hùng"]),
                f(Some("Thích Minh Quang"), &["Đại đức"]),
                f(Some("Phan Văn Lộc"), &["Nhà giáo Ưu tú"]),
                f(
                    Some("Thích Thiện Hòa"),
                    &["Thượng tọa", "Phó Trưởng ban Trị sự GHPGVN tỉnh"],
                ),
                f(
                    Some("Trần Văn Hải"),
                    &["Anh hùng Lao động", "Giám đốc Hợp tác xã Tân Phú"],
                ),
            ],
            vec![Vec::new(); 5],
        );
        let names = |m: &[Mention]| m.iter().map(|m| m.name.to_string()).collect::<Vec<_>>();
        // A post in the Sangha alone makes no official either.
        assert_eq!(names(&got.officials), ["Trần Văn Hải"]);
        assert_eq!(
            names(&got.people),
            [
                "Lê Thị Nở",
                "Thích Minh Quang",
                "Phan Văn Lộc",
                "Thích Thiện Hòa"
            ]
        );
    }
}
