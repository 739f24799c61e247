//! Finds the people of one paragraph with their titles: after a cue
//! ("đồng chí", "ông", "bà"), in lists ("các đồng chí Ủy viên Ban Thường vụ
//! Thành ủy: A, X; B, Y" — the shared title goes to every member), after a
//! title ("Trưởng ban Dân vận Trung ương Bùi Thị Minh Hoài") and before one
//! ("Nguyễn Văn A, Phó Chủ tịch UBND tỉnh"). A title with no name after it
//! is not a person; it is kept as a reference so roles can reach its holder.

use super::names::{self, name_end, parse_name, starts_name};
use super::text::capitalize_name;
use super::titles::{
    aide_of_next, aide_serves_next, chain, former_post, head_len, is_rank, name_follows,
    parse_title, place_len, position_note_end, posts_given_after, share_presidium_organ,
    span_title, title_span, title_verb_len, titles_after, Side, OPENS,
};
use super::tokens::Tokens;

mod athletes;
mod casualties;
mod context;
mod cues;
mod lists;
mod pairs;
mod profile;

use context::{
    awaited_visitor, behalf_chain, cited_author, commemorated, dashed_holder, fallen_soldier,
    given_name_alone, kin_of_fallen, named_after, on_behalf, opens_title, post_held_by,
    pronoun_posts, received, short_reference, sought, verbs_object,
};
use cues::{
    badge_note, beneficiary_listed, birth_note, citizen_note, coach_post, council_deputy, cue_at,
    home_note, lead_cue, listed, noun_cue, private_at, residence_note, sport_noun_at, Cue,
};
use lists::bare_names;
pub use profile::profile_posts;

/// A person or a bare title found at token `pos`; members of one list share `group`.
// How a person is described (privately, in a private role, by the given
// name, bare) are facts a mention holds at once: flags, not states.
#[allow(clippy::struct_excessive_bools)]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// The name as shown, or `None` for a title without a name.
    pub name: Option<String>,
    /// Titles as shown, in the order written.
    pub titles: Vec<String>,
    /// Token index where the mention starts (its cue, if any).
    pub pos: usize,
    /// Mentions of one list share a group (roles go to the whole list).
    pub group: u32,
    /// Named as a household or family ("hộ bà A", "gia đình ông B"), with
    /// a citizen's note ("(SN 1990, trú xã B)") or a private role's noun
    /// ("bị cáo", "nạn nhân"): a private person, no official unless a
    /// title says otherwise (`Report::people`).
    pub private: bool,
    /// Named by the given name alone ("bà Nga là …"): the person of the
    /// report whose full name ends with it.
    pub short: bool,
    /// A full name with no cue, post or note ("Lê Văn An về quê lập
    /// nghiệp"): a person only when the report also calls them by the
    /// given name with a cue ("anh An").
    pub bare: bool,
}

/// Everything found in one paragraph, in order (the tests' reading; a
/// report also needs the dead, from `find_people_and_dead`).
#[cfg(test)]
pub fn find_people(t: &Tokens) -> Vec<Found> {
    find_people_and_dead(t).0
}

/// Whether every title read for one named is a post held before ("nguyên
/// Bí thư Tỉnh ủy", "cựu Chủ tịch UBND huyện"), and there is one.
pub(crate) fn held_before<T: AsRef<str>>(titles: &[T]) -> bool {
    let former = |t: &T| {
        let word = t.as_ref().split(' ').next().unwrap_or("");
        matches!(word, "nguyên" | "Nguyên" | "cựu" | "Cựu")
    };
    !titles.is_empty() && titles.iter().all(former)
}

/// Everything found in one paragraph, in order, and apart the names of
/// those it remembers as dead ("tưởng niệm Chủ tịch A", "Lễ truy điệu
/// đồng chí B"): no mention of those names in the report is an official's.
pub fn find_people_and_dead(t: &Tokens) -> (Vec<Found>, Vec<String>) {
    let mut scan = Scan {
        t,
        out: Vec::new(),
        group: 0,
        dead: Vec::new(),
        honoured_end: usize::MAX,
    };
    let mut i = 0;
    while i < t.len() {
        i = scan.step(i);
    }
    share_post_of_ranked_pair(t, &mut scan.out);
    share_joint_post(t, &mut scan.out);
    share_post_given_to_pair(t, &mut scan.out);
    share_post_given_to_run(t, &mut scan.out);
    pairs::share_post_after_pair(t, &mut scan.out);
    athletes::mark_athletes(t, &mut scan.out);
    casualties::mark_casualties(t, &mut scan.out);
    cues::mark_called_private(t, &mut scan.out);
    pairs::share_private_after_pair(t, &mut scan.out);
    (scan.out, scan.dead)
}

/// "Ông A, Tỉnh ủy viên và bà B được chỉ định giữ chức Phó Bí thư …": two
/// people joined by "và", the verb after the second giving a post to the
/// pair; the first, whose own titles end at "và" and are memberships of a
/// committee only, holds it too. One who holds a post of their own ("ông
/// A - Chủ tịch UBND xã và ông B được bầu làm …") is named beside the one
/// elected.
fn share_post_given_to_pair(t: &Tokens, out: &mut [Found]) {
    for k in 1..out.len() {
        let (done, rest) = out.split_at_mut(k);
        let (first, second) = (&mut done[k - 1], &rest[0]);
        // Cheap tests first: most pairs are not joined by "và".
        let Some(and) = joined_by_and(t, second.pos) else {
            continue;
        };
        let member = |title: &String| {
            title.starts_with("Ủy viên") || title.starts_with("Uỷ viên") || title.ends_with(" viên")
        };
        if first.name.is_none() || second.name.is_none() || first.pos >= and {
            continue;
        }
        if first.titles.is_empty() || !first.titles.iter().all(member) {
            continue;
        }
        let Some(second_end) = name_after_cue(t, second.pos) else {
            continue;
        };
        if title_verb_len(t, second_end).is_none() {
            continue;
        }
        let first_end = name_after_cue(t, first.pos);
        if first_end.is_none_or(|m| m != and && titles_after(t, m).0 != and) {
            continue;
        }
        for post in titles_after(t, second_end).1 {
            if !first.titles.contains(&post) {
                first.titles.push(post);
            }
        }
    }
}

/// "Bà A, ông B giữ chức Phó Chủ tịch HĐND huyện", "ông C, bà D được bầu
/// làm Phó Chủ tịch UBND xã": people with no post of their own, listed with
/// commas or "và" right before one whom a verb gives a post, are all the
/// verb's subject and hold it too. Posts given "lần lượt" (respectively)
/// are one each, and stay apart.
fn share_post_given_to_run(t: &Tokens, out: &mut [Found]) {
    for k in 1..out.len() {
        // Cheap tests first: most people are not given a post by a verb.
        if out[k].titles.is_empty() || out[k - 1].name.is_none() || !out[k - 1].titles.is_empty() {
            continue;
        }
        let Some(end) = name_after_cue(t, out[k].pos) else {
            continue;
        };
        if t.low(end) == "lần" || title_verb_len(t, end).is_none() {
            continue;
        }
        let posts = titles_after(t, end).1;
        let mut next = out[k].pos;
        for f in out[..k].iter_mut().rev() {
            let joint = joined_by_comma_or_and(t, next);
            if f.name.is_none()
                || !f.titles.is_empty()
                || joint.is_none()
                || name_after_cue(t, f.pos) != joint
            {
                break;
            }
            f.titles.clone_from(&posts);
            next = f.pos;
        }
    }
}

/// Where a comma or "và" stands right before the person found at `pos`,
/// or before the cue there ("bà A, ông B").
fn joined_by_comma_or_and(t: &Tokens, pos: usize) -> Option<usize> {
    let joint = |k: usize| t.is_punct(k, ',') || t.low(k) == "và";
    let before = pos.checked_sub(1)?;
    if joint(before) {
        return Some(before);
    }
    let cue = matches!(t.low(before), "ông" | "bà" | "anh" | "chị");
    let and = before.checked_sub(1)?;
    (cue && joint(and)).then_some(and)
}

/// Where the name starts after a form of address at `k` that stands
/// between a title and its holder ("Chủ tịch UBND tỉnh ông A", "Bí thư
/// Tỉnh ủy đồng chí B"); `k` itself when no such form and name are there.
fn past_address(t: &Tokens, k: usize) -> usize {
    let cue = lead_cue(t, k);
    if cue > 0 && name_follows(t, k + cue) {
        k + cue
    } else {
        k
    }
}

/// Where "và" stands right before the person found at `pos`, or before
/// the cue there ("và bà B").
fn joined_by_and(t: &Tokens, pos: usize) -> Option<usize> {
    let before = pos.checked_sub(1)?;
    if t.low(before) == "và" {
        return Some(before);
    }
    let cue = matches!(t.low(before), "ông" | "bà" | "anh" | "chị");
    let and = before.checked_sub(1)?;
    (cue && t.low(and) == "và").then_some(and)
}

/// Where the name of the person found at `pos` ends, past a cue there.
fn name_after_cue(t: &Tokens, pos: usize) -> Option<usize> {
    name_end(t, pos, true).or_else(|| {
        let cue = lead_cue(t, pos);
        (cue > 0).then(|| name_end(t, pos + cue, true)).flatten()
    })
}

/// "Hòa thượng A và Hòa thượng B, Ủy viên Ban Trị sự": two people of one
/// rank joined by "và", the second with a post after a comma: the post is
/// the pair's, as "ông A và ông B, Phó Chủ tịch …" is.
fn share_post_of_ranked_pair(t: &Tokens, out: &mut [Found]) {
    for k in 1..out.len() {
        let (done, rest) = out.split_at_mut(k);
        let (first, second) = (&mut done[k - 1], &rest[0]);
        let joined = second.pos > 0 && t.low(second.pos - 1) == "và";
        let same_rank = first.titles.len() == 1
            && second.titles.len() > 1
            && second.titles[0] == first.titles[0]
            && head_len(t, second.pos).is_some_and(|n| is_rank(t, second.pos, n));
        // Cheap tests first: most pairs are no such pair.
        if !(joined && same_rank && first.name.is_some() && second.name.is_some()) {
            continue;
        }
        if name_end(t, first.pos + rank_len(t, first.pos), true) == Some(second.pos - 1) {
            first.titles.clone_from(&second.titles);
        }
    }
}

/// "Hòa thượng A, Thượng tọa B - đồng Phó Chủ tịch Hội đồng Trị sự": a
/// post held jointly ("đồng", co-) after the last of names listed with
/// commas is each one's, back to the first of those who hold only a rank.
fn share_joint_post(t: &Tokens, out: &mut [Found]) {
    for k in 1..out.len() {
        let last_rank = rank_len(t, out[k].pos);
        let Some(m) = out[k]
            .name
            .as_ref()
            .and_then(|_| name_end(t, out[k].pos + last_rank, true))
        else {
            continue;
        };
        let joint = (t.is_dash(m) || t.is_punct(m, ','))
            && t.low(m + 1) == "đồng"
            && head_len(t, m + 2).is_some_and(|n| !is_rank(t, m + 2, n));
        let own = usize::from(last_rank > 0);
        if !joint || out[k].titles.len() <= own {
            continue;
        }
        let post = out[k].titles[own..].to_vec();
        let mut next = out[k].pos;
        for p in out[..k].iter_mut().rev() {
            let rank = rank_len(t, p.pos);
            let listed = next > 0
                && t.is_punct(next - 1, ',')
                && name_end(t, p.pos + rank, true) == Some(next - 1);
            if !(listed && rank > 0 && p.name.is_some() && p.titles.len() == 1) {
                break;
            }
            p.titles.extend(post.iter().cloned());
            next = p.pos;
        }
    }
}

/// Whether `t` is one line of a roster written with every word
/// capitalised, as some church and temple sites print their lists of
/// guests ("• Ông Hồ Văn An, Phó Trưởng Ban Dân Vận Tỉnh", "- Thượng Tá
/// Lê Văn Bình, Phó Giám Đốc Công An Tỉnh"): after the list mark, "Ông",
/// "Bà" or "Đồng Chí", or a rank, a name, a comma and an office (or "Đại
/// Diện", on a body's behalf). A headline so written has no comma right
/// after a name and a post after it.
pub fn capitalised_roster_item(t: &Tokens) -> bool {
    // The list mark, or a number and its full stop ("1. …").
    let mut k = 0;
    while k < t.len() && !t.is_word(k) {
        k += 1;
    }
    if !t.raw(k).is_empty()
        && t.raw(k).bytes().all(|b| b.is_ascii_digit())
        && t.is_punct(k + 1, '.')
    {
        k += 2;
    }
    k += match t.low(k) {
        "ông" | "bà" => 1,
        "đồng" if t.low(k + 1) == "chí" => 2,
        _ => rank_len(t, k),
    };
    // "Ông A, Đại Diện Ban Tôn Giáo Tỉnh": sent on a body's behalf.
    name_end(t, k, true).is_some_and(|e| {
        t.is_punct(e, ',')
            && (head_len(t, e + 1).is_some() || t.phrase(e + 1, 2) == Some("đại diện"))
    })
}

/// Tokens of the rank at `i`, or 0.
fn rank_len(t: &Tokens, i: usize) -> usize {
    head_len(t, i).filter(|&n| is_rank(t, i, n)).unwrap_or(0)
}

/// What a person says or tells, in one word or two, right after a name:
/// "Lê Văn Hải cho biết", "…", Trần Thị Mai chia sẻ".
pub(super) const SAYS: &[&str] = &[
    "cho biết",
    "cho hay",
    "cho rằng",
    "chia sẻ",
    "phát biểu",
    "khẳng định",
    "nhấn mạnh",
    "bày tỏ",
    "tâm sự",
    "bộc bạch",
    "trả lời",
    "kể lại",
    "nói",
    "kể",
];

/// Whether the full name at `i..m`, with no cue or post, is someone who
/// speaks: a verb of saying after it, or "Theo" before it and a comma
/// after ("Theo Lê Văn Hải, …"). A street or a school says nothing, and
/// one whose word comes right before is left alone.
fn speaks(t: &Tokens, i: usize, m: usize) -> bool {
    let says = t.is_word(m)
        && !t.is_cap(m)
        && (t.phrase(m, 2).is_some_and(|p| SAYS.contains(&p)) || SAYS.contains(&t.low(m)))
        // "… nói chung", "… nói riêng": "in general", no one speaking.
        && !matches!(t.low(m + 1), "chung" | "riêng");
    let source = i > 0 && t.raw(i - 1) == "Theo" && t.is_punct(m, ',');
    (says || source) && (i == 0 || !lists::names_a_place(t, i - 1))
}

/// Whether the full name at `i..m`, with no cue or post, opens a sentence
/// and a lower-case word (its verb) follows: "Lê Văn Hải đứng thứ ba".
/// A street or a school is named after its own word, not at a sentence's
/// start.
/// Every syllable is a capital's: "Lãnh đạo Trung tâm …" opens with a
/// word that is also a family name.
fn sentence_subject(t: &Tokens, i: usize, m: usize) -> bool {
    (i == 0 || t.is_punct(i - 1, '.'))
        && t.is_word(m)
        && !t.is_cap(m)
        && (i..m).all(|k| t.is_cap(k))
}

/// Whether a street's or a school's own word opens the capitalised member
/// right before `i` in a list ("đường Lê Lợi, Trần Hưng Đạo …"): the
/// list names streets.
fn street_before(t: &Tokens, i: usize) -> bool {
    if i < 3 || !(t.is_punct(i - 1, ',') || t.low(i - 1) == "và") {
        return false;
    }
    let caps = (1..=4)
        .take_while(|&n| i >= 2 + n && t.is_word(i - 1 - n) && t.is_cap(i - 1 - n))
        .count();
    (2..=4).contains(&caps) && matches!(t.low(i - 2 - caps), "đường" | "phố" | "tuyến" | "trường")
}

/// Whether a note in brackets at `m`, after a full name with no post,
/// opens in lower case or with a number: what the person does or won
/// ("(điền kinh)", "(4 huy chương vàng)"). A street's "(cũ)" or "(mới)"
/// is the street's, and "(nay là …)", "(nay thuộc …)" give a place's or
/// a body's present name or seat ("Khu kinh tế mở A (nay là …)").
/// A date in brackets is no such note ("Tết Nhâm Thìn (28/1/2012)"), nor
/// a home, which names a street's ward as well.
fn lower_note(t: &Tokens, m: usize) -> bool {
    let w = t.raw(m + 1);
    let count = !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()) && t.is_word(m + 2);
    let lower = w.starts_with(char::is_lowercase);
    t.is_punct(m, '(')
        && (count
            || lower
                && !matches!(t.low(m + 1), "cũ" | "mới")
                && !matches!(t.phrase(m + 1, 2), Some("nay là" | "nay thuộc")))
        && !home_note(t, m)
        && (t.is_punct(m + 2, ')') || t.is_word(m + 2))
}

/// Whether the name at `i` ends a body's name written in sentence case,
/// a capital then a small word, inside a sentence ("Hệ thống Nha khoa
/// Trần Phú (10 triệu đồng)", "Phòng khám Đa khoa Hồng Đức (5 triệu
/// đồng)"): a donor listed with its gift is the firm named after someone.
/// A capital opening the sentence or a clause is no such name ("Đoàn
/// trao …").
fn sentence_case_body(t: &Tokens, i: usize) -> bool {
    i >= 3
        && t.is_word(i - 1)
        && t.is_word(i - 2)
        && t.is_cap(i - 2)
        && t.is_word(i - 3)
        && t.sentence(i - 3) == t.sentence(i - 1)
}

/// Appends `more` to `titles`, taking its vector when `titles` is empty.
fn add_titles(titles: &mut Vec<String>, mut more: Vec<String>) {
    if titles.is_empty() {
        *titles = more;
    } else {
        titles.append(&mut more);
    }
}

struct Scan<'t, 'a> {
    t: &'t Tokens<'a>,
    out: Vec<Found>,
    group: u32,
    /// Names of those remembered as dead.
    dead: Vec<String>,
    /// Where the last name of someone remembered as dead ends: "… Chủ tịch
    /// A và Chủ tịch B" remembers both.
    honoured_end: usize,
}

impl Scan<'_, '_> {
    pub(super) fn push(
        &mut self,
        name: Option<String>,
        titles: Vec<String>,
        pos: usize,
        group: u32,
    ) {
        let mut titles = titles;
        share_presidium_organ(&mut titles);
        let private = titles.is_empty() && private_at(self.t, pos);
        self.out.push(Found {
            name: name.map(names::without_initialled_christian_name),
            titles,
            pos,
            group,
            private,
            short: false,
            bare: false,
        });
    }

    pub(super) fn new_group(&mut self) -> u32 {
        self.group += 1;
        self.group
    }

    /// "hai cựu thứ trưởng Bộ Công an A và B", "Ba Phó Chủ tịch UBND tỉnh,
    /// A, B và C": a post counted at `i` is every listed one's; where to
    /// continue when there is one.
    #[inline]
    fn counted(&mut self, i: usize) -> Option<usize> {
        counted_post(self.t, i).then(|| self.cued(i, i + 1, Cue::ManyTitled))
    }

    /// "Ông từng giữ các chức vụ: A, B, C": "he", a post list, for the
    /// person named last; where to continue when there is one at `i`.
    fn pronoun(&mut self, i: usize) -> Option<usize> {
        let t = self.t;
        if !t.has(i, crate::parse::vocab::flag::PERSON_CUE) {
            return None;
        }
        let (end, titles) = pronoun_posts(t, i)?;
        let g = self.new_group();
        self.push(None, titles, i, g);
        if let Some(f) = self.out.last_mut() {
            f.short = true;
        }
        Some(end)
    }

    /// The mention a cue at `pos` opens, its name or title from `j`;
    /// returns where to continue.
    fn cued(&mut self, pos: usize, j: usize, cue: Cue) -> usize {
        let j = if self.t.is_punct(j, ':') { j + 1 } else { j };
        let before = self.out.len();
        let end = match cue {
            Cue::One => self.single(j, pos),
            Cue::Many => self.list(j, pos, false),
            Cue::ManyTitled => self.list(j, pos, true),
        };
        // "Lễ truy điệu đồng chí A", "viếng các đồng chí B, C": the dead.
        // One mourned with the posts they held written out ("Lễ viếng đồng
        // chí D, nguyên Bí thư Tỉnh ủy") is named as their former holder.
        if self.out.len() > before && self.remembers(pos) {
            let named: Vec<Found> = self.out.drain(before..).collect();
            for f in named {
                if held_before(&f.titles) {
                    self.out.push(f);
                } else {
                    self.dead.extend(f.name);
                }
            }
            self.honoured_end = end;
        }
        // "bài viết của đồng chí Tổng Bí thư A": the author of a work
        // studied is cited, not there.
        if self.out.len() > before && cited_author(self.t, pos) {
            self.out.truncate(before);
        }
        end
    }

    /// Whether the mention at `i` remembers someone who has died: after a
    /// word of remembrance, or joined by "và" to a name remembered just
    /// before ("dâng hương Chủ tịch A và Chủ tịch B").
    fn remembers(&self, i: usize) -> bool {
        commemorated(self.t, i) || i > 0 && self.honoured_end == i - 1 && self.t.low(i - 1) == "và"
    }

    /// Where the mention of the title at `i` (its head `head` long, ending
    /// at `e`) ends when its holder is not there: one who has died, one a
    /// thing is named after ("con tàu mang tên Đại tướng A"), or a visitor
    /// awaited or gone ("chuẩn bị đón Tổng thống B sang thăm").
    fn absent(&mut self, i: usize, head: usize, e: usize) -> Option<usize> {
        // "Lễ tang nguyên Phó Thủ tướng A": a post held before, written
        // out for one mourned, is theirs as a former holder's.
        if self.remembers(i) && !matches!(self.t.low(i), "nguyên" | "cựu") {
            return Some(self.honoured(i, e));
        }
        let t = self.t;
        (named_after(t, i, head) || awaited_visitor(t, i)).then(|| {
            let k = chain(t, e, None, Side::Before);
            name_end(t, k, true).unwrap_or(k).max(i + 1)
        })
    }

    /// The name after the title of someone remembered as dead, ending at
    /// `e`, kept so that no mention of them is an official's; where the
    /// mention ends.
    fn honoured(&mut self, i: usize, e: usize) -> usize {
        let t = self.t;
        let k = chain(t, e, None, Side::Before);
        let Some((m, name)) = parse_name(t, k, true) else {
            // "Chủ tịch Hồ Chí Minh và Chủ tịch B": a name read as no
            // person's (or as the city's, inside the title) still ends
            // where its capitals do.
            let m = (k..(k + 5).min(t.len()))
                .find(|&x| !(t.is_word(x) && t.is_cap(x)))
                .unwrap_or(k);
            self.honoured_end = m;
            return m.max(i + 1);
        };
        self.dead.push(name);
        let m = self.honoured_list(m);
        self.honoured_end = m;
        m.max(i + 1)
    }

    /// "Viếng nguyên Phó Chủ tịch A, B và C": bare names listed after the
    /// one named at a title of the dead, up to `m`, share the title and the
    /// remembrance when "và" closes the list and nothing after the last
    /// name is set apart as a post of theirs. Where the list ends.
    fn honoured_list(&mut self, m: usize) -> usize {
        let t = self.t;
        let mut names = Vec::new();
        let mut k = m;
        // A list of the dead is short; the bound keeps the scan cheap.
        while names.len() < 8 && (t.is_punct(k, ',') || t.low(k) == "và") {
            let last = t.low(k) == "và";
            let Some((end, name)) = parse_name(t, k + 1, true) else {
                return m;
            };
            names.push(name);
            k = end;
            if last {
                let apposed = t.is_punct(k, ',') || t.is_dash(k);
                if apposed {
                    return m;
                }
                self.dead.extend(names);
                return k;
            }
        }
        m
    }

    /// The mentions a person noun at `pos` opens ("HLV Park Min-ho"); a
    /// coach's noun is the post each named holds.
    fn noun_cued(&mut self, pos: usize, j: usize, cue: Cue) -> usize {
        let before = self.out.len();
        let end = self.cued(pos, j, cue);
        if self.out.len() > before && kin_of_fallen(self.t, pos, j) {
            let gone = self.out.drain(before..).filter_map(|f| f.name);
            self.dead.extend(gone);
            return end;
        }
        if let Some(post) = coach_post(self.t, pos, j) {
            for f in &mut self.out[before..] {
                f.titles.insert(0, post.clone());
            }
        }
        // "gồm xạ thủ A, B và C": every athlete the noun names, not only
        // the first, is a private person unless given a post; so is a
        // fallen soldier remembered ("tri ân Anh hùng liệt sĩ D").
        if sport_noun_at(self.t, pos) || fallen_soldier(self.t, pos, j) {
            for f in &mut self.out[before..] {
                f.private |= f.titles.is_empty();
            }
        }
        end
    }

    /// Looks for a mention at `i`; returns where to continue.
    fn step(&mut self, i: usize) -> usize {
        let t = self.t;
        // Most tokens are small words that cue no one and open no title:
        // every reading below needs a cue, a title's first word, or a capital.
        // A person noun ("xạ thủ", "đối tượng") is asked of only before a
        // capital, in `noun_cue`.
        let tok = t.toks[i];
        let noun = || noun_cue(t, i);
        if !(tok.word && tok.cap)
            && tok.info.flags & (crate::parse::vocab::flag::PERSON_CUE | OPENS) == 0
        {
            // Only a person noun cues here, told at once by its first word's
            // bit, or a count before a post.
            return match tok.info.person_noun.then(noun).flatten() {
                Some((j, cue)) => self.noun_cued(i, j, cue),
                None => self.counted(i).unwrap_or(i + 1),
            };
        }
        if let Some(end) = self.pronoun(i).or_else(|| self.counted(i)) {
            return end;
        }
        if let Some((j, cue)) = cue_at(t, i) {
            return self.cued(i, j, cue);
        }
        if let Some((j, cue)) = noun() {
            return self.noun_cued(i, j, cue);
        }
        if let Some((head, e)) = opens_title(t, i).then(|| title_span(t, i, true)).flatten() {
            // "Thừa ủy quyền của Chủ tịch nước, Thiếu tướng Lê A trao …": the
            // title on whose behalf someone acts is no one's here, unless
            // its holder is named ("… của Chủ tịch nước Lê B trao"); nor is
            // the one received ("Tiếp Đại sứ Nhật Bản, Chủ tịch nước A …").
            let behalf = on_behalf(t, i) && !name_follows(t, e) && !behalf_chain(t, e);
            if behalf || received(t, i) && t.is_punct(e, ',') || sought(t, i) {
                return e.max(i + 1);
            }
            // "bầu bổ sung chức vụ Chủ tịch UBND huyện đối với ông A": the
            // post is the named person's; "miễn nhiệm chức vụ … đối với ông
            // B", "cách chức Bí thư … đối với ông C": a post taken away is
            // no longer anyone's, though the titles written with the name are.
            // "… giữ chức vụ Trợ lý Thủ tướng A", "Trợ lý nguyên Phó Thủ
            // tướng B", "… làm Trợ lý Ủy viên Bộ Chính trị, Chủ tịch nước
            // C": A, B and C hold the offices the aide serves, not the
            // aide's post.
            // "cố Thủ tướng A", "Ngày sinh Chủ tịch B": a leader who has
            // died, remembered, holds no office here.
            if let Some(end) = self
                .held_or_conferred(i, e)
                .or_else(|| aide_serves_next(t, i, head, e).then_some(i + head))
                .or_else(|| self.absent(i, head, e))
            {
                return end;
            }
            if verbs_object(t, i, head, e) {
                return e;
            }
            // Only a name, or more titles, after the title make a person;
            // the title is built only then.
            let link = t.is_punct(e, ',')
                || t.is_punct(e, ';')
                || t.is_dash(e)
                || head_len(t, e).is_some()
                || t.is_punct(e, '(') && dashed_holder(t, e).is_some();
            // "bổ nhiệm ba Ủy viên Trung ương Đảng là A, B và C", "các
            // Phó Chủ tịch gồm: A, B": the title is every member's.
            // "3 Phó Bí thư Tỉnh ủy: ông A (…), bà B (…) và ông C": a colon
            // after the title opens the same list, its members cued one by one.
            // "Bằng khen của Thủ tướng Chính phủ gồm: A, B": after "của" the
            // title owns what is named before it, and the list is of that
            // award's or body's members, not the title's holders.
            let owner = i > 0 && t.low(i - 1) == "của";
            if let Some(list_at) = list_opening(t, e).filter(|_| !name_follows(t, e) && !owner) {
                let title = [span_title(t, i, (head, e)).1];
                if let Some(end) = self.shared_list(list_at, &title) {
                    return end;
                }
            }
            let ranked = ranked_name(t, i, head, e);
            // "Chủ tịch UBND tỉnh ông A": a form of address before the name.
            if name_follows(t, e) || link || ranked || past_address(t, e) > e {
                let (e, title) = span_title(t, i, (head, e));
                let (k, titles) = titles_before_name(t, e, title);
                let k = past_address(t, dashed_holder(t, k).unwrap_or(k));
                if name_follows(t, k) || (ranked && k == e) || rank_then_name(t, k) {
                    return self.titled_name(k, titles, i, None);
                }
                if let Some(end) = self.holder_after_titles(i, k, &titles) {
                    return end;
                }
                // "nguyên Tỉnh ủy viên, Phó Chủ tịch … là A, B, C".
                if let Some(end) = self.shared_list(k, &titles) {
                    return end;
                }
            }
            return e.max(i + 1);
        }
        // "…; Ngọc Kim Nam - Ủy viên Ban Thường vụ Tỉnh ủy": a name no list
        // knows (or a family name that also opens places, "Đầu Thanh Tùng"),
        // made a person by a dash, or in a list by a comma, and the title
        // after it.
        let dash_soon =
            || (i + 2..i + 6).any(|k| !t.is_word(k) && (t.is_dash(k) || t.is_punct(k, ',')));
        if t.is_cap(i)
            && t.is_cap(i + 1)
            && (i == 0 || !t.is_word(i - 1))
            && dash_soon()
            && !starts_name(t, i)
        {
            let in_list = i > 0 && (t.is_punct(i - 1, ';') || t.is_punct(i - 1, ':'));
            let sep = |m: usize| t.is_dash(m) || (in_list && t.is_punct(m, ','));
            if let Some(m) = name_end(t, i, true).filter(|&m| sep(m)) {
                let (e, titles) = titles_after(t, m);
                if !titles.is_empty() {
                    let (_, name) = parse_name(t, i, true).unwrap_or((m, String::new()));
                    let g = self.new_group();
                    self.push(Some(name), titles, i, g);
                    return e;
                }
            }
        }
        // "Nhà văn A, tên khai sinh là B": another name of A, no one else.
        if let Some(end) = self.deputy(i).or_else(|| alias_end(t, i)) {
            return end;
        }
        if starts_name(t, i) {
            if let Some(end) = self.name_first(i) {
                return end;
            }
        }
        self.aged_name(i).unwrap_or(i + 1)
    }

    /// "Châu Văn A (sinh năm 2004)": a family name that also opens places
    /// opens a name before a birth note too. Returns where it ends.
    fn aged_name(&mut self, i: usize) -> Option<usize> {
        let t = self.t;
        if !t.family(i, true) {
            return None;
        }
        let (m, name) = parse_name(t, i, true).filter(|&(m, _)| birth_note(t, m))?;
        // "Đường Khắc A (59 tuổi, Chủ tịch UBND xã B)": the posts written
        // after the age are the person's too.
        let (e, titles) = titles_after(t, m);
        let g = self.new_group();
        self.push(Some(name), titles, i, g);
        // With no post, the age describes a private person.
        if let Some(f) = self.out.last_mut() {
            f.private = f.titles.is_empty();
        }
        Some(e.max(m))
    }

    /// "Đại biểu Lê Văn A (Nghệ An) cho rằng": a deputy named after
    /// "đại biểu" with the seat's province in brackets; a family name
    /// that also opens places may open the name there ("Đại biểu Danh Út
    /// (Kiên Giang)"). A delegation named in the brackets instead ("(Đoàn
    /// ĐBQH tỉnh B)") is the post, read as any title after a name.
    /// At a council's session "đại biểu" alone before a name is the
    /// deputy's post too, and the posts after the name are added to it
    /// ("đại biểu Lê Thị B, Phó Giám đốc Sở … chất vấn").
    fn deputy(&mut self, i: usize) -> Option<usize> {
        let t = self.t;
        if i < 2 || t.phrase(i - 2, 2) != Some("đại biểu") || !t.is_cap(i) {
            return None;
        }
        let (m, name) = parse_name(t, i, true)?;
        let (end, more) = match deputy_seat(t, i, m) {
            Some(end) => (end, Vec::new()),
            // "đại biểu A (Đoàn ĐBQH tỉnh B)": the delegation in brackets
            // is the post, read as any title after a name.
            None if !t.is_punct(m, '(') && council_deputy(t, i - 2) => titles_after(t, m),
            None => return None,
        };
        // "Đại biểu A - Đoàn ĐBQH tỉnh B": the delegation of the seat is
        // the post, as in brackets.
        let delegation = more.first().is_some_and(|p| p.starts_with("Đoàn"));
        let mut titles = if delegation {
            Vec::new()
        } else {
            vec!["Đại biểu".to_string()]
        };
        titles.extend(more);
        let g = self.new_group();
        self.push(Some(name), titles, i, g);
        Some(end.max(m))
    }

    /// A name opening with a family name at `i`, then its titles after a
    /// comma, a dash, a bracket or a verb. Returns where it ends.
    fn name_first(&mut self, i: usize) -> Option<usize> {
        let t = self.t;
        // A family name that is also a word opens a name here only as
        // `starts_name` allowed it ("Vàng A Sáo"): read it as after a cue.
        let (m, name) = parse_name(t, i, !t.family(i, false))?;
        let explicit = t.is_punct(m, ',')
            || t.is_dash(m)
            || t.is_punct(m, '(')
            || title_verb_len(t, m).is_some()
            || former_post(t, m);
        let (e, titles) = titles_after(t, m);
        // "Chủ tịch Quỹ học bổng Vừ A Dính, Chủ nhiệm …": the name after a
        // fund's, a street's or a prize's word is the thing's, and the post
        // after it someone else's.
        let namesake = i > 0 && crate::parse::lexicon::is_namesake(t.low(i - 1));
        if explicit && !titles.is_empty() && !namesake {
            let g = self.new_group();
            self.push(Some(name), titles, i, g);
            return Some(e);
        }
        // "bắt giữ Trần Văn A (SN 1990, trú tại …)": a birth year or an
        // age after a name that opens with a family name makes a person.
        // "…; Lã Văn B (xã C) với mô hình …": a list member and their home.
        // "Phiên tòa xét xử Lò Văn A, trú tại xã B": a home after a comma
        // makes a person of a full name no place or capital comes before.
        let lodged = || {
            residence_note(t, m) && (i == 0 || !lists::names_a_place(t, i - 1) && !t.is_cap(i - 1))
        };
        // An age, a birth year or a residence describes a private person;
        // so does a list of the families or mothers a visit is for ("thăm
        // 6 gia đình chính sách, gồm: A (tổ 2); B (tổ 3)").
        let member = || listed(t, i) || t.is_punct(i - 1, ',') || t.low(i - 1) == "và";
        let private = birth_note(t, m) || lodged() || i > 0 && member() && beneficiary_listed(t, i);
        let noted = private
            || (home_note(t, m) && listed(t, i))
            || lower_note(t, m)
                && (i == 0
                    || !lists::names_a_place(t, i - 1)
                        && !t.is_cap(i - 1)
                        && !sentence_case_body(t, i));
        if !noted && name.split(' ').count() >= 3 {
            if let Some((end, members)) = lists::capital_run(t, i) {
                let g = self.new_group();
                for (s, e) in members {
                    self.push(Some(capitalize_name(t.span(s, e))), Vec::new(), s, g);
                }
                return Some(end);
            }
        }
        if noted || name.split(' ').count() >= 3 {
            let in_list = !noted
                && (self.named_in_list(i, m) || speaks(t, i, m) || sentence_subject(t, i, m));
            let g = self.new_group();
            self.push(Some(name), Vec::new(), i, g);
            if let Some(f) = self.out.last_mut() {
                f.bare = !noted && !in_list;
                f.private = private;
            }
        }
        Some(m)
    }

    /// Whether the full name at `i..m`, with no cue or post, stands in a
    /// list of such names joined by commas and "và", each with a note in
    /// brackets or none: "Hoàng Thị Mai (karate), Lê Văn Sơn (cờ vua) và
    /// Đỗ Thị Hằng (bơi)". Two full names side by side are people; a
    /// street's or a school's word before the first ("đường Trần Hưng
    /// Đạo, Lê Lợi") makes them names of places.
    fn named_in_list(&self, i: usize, m: usize) -> bool {
        let t = self.t;
        // A later member is what the member right before it was read as.
        let joined = i > 1 && (t.is_punct(i - 1, ',') || t.low(i - 1) == "và");
        let before = self.out.last().filter(|f| {
            joined
                && name_end(t, f.pos, false)
                    .is_some_and(|e| lists::note_end(t, e).unwrap_or(e) == i - 1)
        });
        if let Some(f) = before {
            return !f.bare && f.titles.is_empty();
        }
        let after = lists::note_end(t, m).unwrap_or(m);
        (t.is_punct(after, ',') || t.low(after) == "và")
            && !cited_cases(t, i)
            && starts_name(t, after + 1)
            && name_end(t, after + 1, false).is_some_and(|e| e >= after + 4)
            && (i == 0 || !lists::names_a_place(t, i - 1))
            && !street_before(t, i)
    }

    /// The post written first at `i` and its holder at `k` ("chức vụ
    /// TITLE đối với ông A"); where the mention ends, `None` when no title
    /// is read at `i`.
    fn held_post(&mut self, i: usize, k: usize) -> Option<usize> {
        let t = self.t;
        let (e, title) = parse_title(t, i, true)?;
        // The posts joined to it by a dash or a comma are the holder's too.
        let mut more = Vec::new();
        chain(t, e, Some(&mut more), Side::After);
        // "… đối với Trung tá A - Chỉ huy trưởng …": the rank too.
        let (k, mut titles) = match parse_title(t, k, true) {
            Some((re, rank)) => titles_before_name(t, re, rank),
            None => (k, Vec::new()),
        };
        // A post taken away ("miễn nhiệm chức vụ …", "cách chức …") was
        // the person's until that day: their career ends it there.
        titles.splice(
            0..0,
            std::iter::once(title.clone()).chain(more.iter().cloned()),
        );
        let first = self.out.len();
        let end = self.titled_name(k, titles, i, None);
        let end = self.post_shared_after(end, &title, first);
        if t.low(e) == "và" {
            self.give_held_respectively(first, &title, &more);
        }
        Some(end)
    }

    /// A post written before its holder, the title at `i` ending at `e`:
    /// held ("chức vụ … đối với ông A") or conferred on a list ("phong hàm
    /// … cho các ông, bà: …"). Returns where the holders end.
    fn held_or_conferred(&mut self, i: usize, e: usize) -> Option<usize> {
        post_held_by(self.t, i, e)
            .and_then(|k| self.held_post(i, k))
            .or_else(|| self.conferred_on_list(i, e))
    }

    /// "phong hàm Đại sứ bậc một cho các ông, bà: A, X; B, Y": a rank
    /// conferred, the title at `i` ending at `e`, on every member of the
    /// list after "cho". So is a post appointed ("trao quyết định bổ nhiệm
    /// 3 Phó Giám đốc Sở cho các ông, bà: A, B, C"); an award from an
    /// official to a list gives no post ("Bằng khen của Chủ tịch UBND tỉnh
    /// cho các ông, bà: …"). Returns where the list ends.
    fn conferred_on_list(&mut self, i: usize, e: usize) -> Option<usize> {
        let t = self.t;
        if !context::conferred_post(t, i) || t.low(e) != "cho" {
            return None;
        }
        // The list opens after the plural cue and its colon.
        let (colon, Cue::Many) = cue_at(t, e + 1)? else {
            return None;
        };
        if !t.is_punct(colon, ':') {
            return None;
        }
        let (_, title) = parse_title(t, i, true)?;
        self.shared_list(colon, &[title])
    }

    /// "Phó Chủ tịch HĐND tỉnh đối với bà A và ông B": members cued one by
    /// one after the first holder of a post written first (found from
    /// `first`, ending at `end`) hold it too, and any titles of their own
    /// after it ("… đối với ông A, Giám đốc Sở X và ông B, Chánh Văn phòng
    /// UBND tỉnh": both are elected). Returns where the members end.
    fn post_shared_after(&mut self, mut end: usize, post: &str, first: usize) -> usize {
        let t = self.t;
        let Some(group) = self.out.get(first).map(|f| f.group) else {
            return end;
        };
        loop {
            // "…, để nghỉ hưu theo chế độ; ông B": the reason one holder
            // leaves is read past before a comma is taken for the joint.
            let sep = if let Some(semi) = context::next_holder_semicolon(t, end) {
                semi
            } else if t.low(end) == "và" || t.is_punct(end, ',') {
                end
            } else {
                break;
            };
            end = sep;
            let cue = lead_cue(t, end + 1);
            let Some((m, name)) = (cue > 0)
                .then(|| parse_name(t, end + 1 + cue, true))
                .flatten()
            else {
                break;
            };
            let (after, own) = titles_after(t, m);
            let last = if own.is_empty() { m } else { after };
            let held = std::iter::once(post.to_string()).chain(own).collect();
            self.push(Some(name), held, end + 1, group);
            end = last;
        }
        end
    }

    /// The holder of `titles` read from `i` to the comma at `k`, named
    /// after it in full or, when a verb opening the sentence gave them, by
    /// the given name; where to continue when there is one.
    fn holder_after_titles(&mut self, i: usize, k: usize, titles: &[String]) -> Option<usize> {
        let t = self.t;
        if let Some(n) = holder_after_comma(t, i, k) {
            return Some(self.titled_name(n, titles.to_vec(), i, None));
        }
        let n = given_holder_after_comma(t, i, k)?;
        let g = self.new_group();
        self.push(Some(capitalize_name(t.raw(n))), titles.to_vec(), i, g);
        if let Some(f) = self.out.last_mut() {
            f.short = true;
        }
        Some(n + 1)
    }

    /// A name right after `titles` at `e`, then any further titles.
    fn titled_name(
        &mut self,
        e: usize,
        mut titles: Vec<String>,
        pos: usize,
        group: Option<u32>,
    ) -> usize {
        let Some((m, name)) = parse_name(self.t, e, true) else {
            return e;
        };
        // "ông A, Trợ lý nguyên Thủ tướng B giữ chức vụ …": the one an aide
        // serves, named at `pos`, takes no post read after the name; the
        // verb gives it to the aide.
        let served = pos >= 2 && aide_of_next(self.t, pos - 2, 2);
        let (mut end, mut more) = if served {
            (m, Vec::new())
        } else {
            titles_after(self.t, m)
        };
        // "Chủ tịch nước A, Tổng Bí thư, Chủ tịch nước Trung Quốc B": in a
        // list written title before name, the titles after a comma that
        // run on to the next name are all that name's.
        if !titles.is_empty()
            && !more.is_empty()
            && next_holder_after_commas(self.t, m, end)
            && !ranked_alike(self.t, pos, e, end)
        {
            (end, more) = (m, Vec::new());
        }
        let bare = if more.is_empty() {
            let shared = titles.len() == 1 && lists::shared_post(&titles[0]);
            bare_names(self.t, m, shared)
        } else {
            None
        };
        titles.extend(more);
        let g = group.unwrap_or_else(|| self.new_group());
        let Some((end, names)) = bare else {
            self.push(Some(name), titles, pos, g);
            return end;
        };
        // "nguyên Phó Chủ tịch UBND tỉnh A (B), C và D": the title is
        // every member's.
        self.push(Some(name), titles.clone(), pos, g);
        for (at, other) in names {
            self.push(Some(other), titles.clone(), at, g);
        }
        end
    }

    /// After "đồng chí": a title then a name, a name then titles, or a bare title.
    fn single(&mut self, j: usize, pos: usize) -> usize {
        let t = self.t;
        if let Some((e, title)) = parse_title(t, j, true) {
            let (end, titles) = titles_before_name(t, e, title);
            if parse_name(t, end, true).is_some() {
                return self.titled_name(end, titles, pos, None);
            }
            // "4 đồng chí Phó Chủ tịch Hội, gồm đồng chí: A, đồng chí B":
            // the title is every member's.
            if let Some(list_end) = self.shared_list(end, &titles) {
                return list_end;
            }
            let g = self.new_group();
            self.push(None, titles, pos, g);
            return end;
        }
        if let Some((m, name)) = parse_name(t, j, true) {
            let (end, titles) = titles_after(t, m);
            let g = self.new_group();
            self.push(Some(name), titles, pos, g);
            // "anh Nguyễn Văn A (35 tuổi, trú xã B)": a private person.
            if let Some(f) = self.out.last_mut() {
                f.private |= f.titles.is_empty()
                    && (citizen_note(t, m) || birth_note(t, m) || badge_note(t, m));
            }
            // "ông A - Chỉ huy trưởng Quân sự và ông B - Trưởng Công an xã
            // được bầu làm Ủy viên UBND xã": the post given after the
            // second is the first's too.
            if end > m && t.low(end) == "và" && lead_cue(t, end + 1) > 0 {
                let n = end + 1 + lead_cue(t, end + 1);
                if let Some((m2, _)) = parse_name(t, n, true) {
                    let given = posts_given_after(t, m2);
                    if let Some(f) = self.out.last_mut() {
                        f.titles.extend(given);
                    }
                }
            }
            // "tuyên dương ông A, B": more names after an untitled one,
            // each opening with a family name, are the cue's list.
            let untitled = end == m;
            // "ông A, ông B, ông C đã được bầu làm …": each with a cue.
            let next = m + 1 + lead_cue(t, m + 1);
            if untitled && (t.is_punct(m, ',') || t.low(m) == "và") && starts_name(t, next) {
                // "Hai ông A và B được bầu làm Phó Bí thư": a post the
                // verb gives after the last name is every member's.
                let first = self.out.len() - 1;
                let end = self.items(m + 1, None, g).unwrap_or(end);
                self.share_last_titles(first);
                return end;
            }
            return end;
        }
        // "bà Nga là Phó Bí thư …": the given name of someone named in
        // full elsewhere, and a post given by a verb.
        if let Some((end, titles)) = short_reference(t, j) {
            let g = self.new_group();
            self.push(Some(capitalize_name(t.raw(j))), titles, pos, g);
            if let Some(f) = self.out.last_mut() {
                f.short = true;
            }
            return end;
        }
        // "ông Hmưn (xã Ia Tôr)": many highlanders go by one name; with
        // a cue and a home in brackets it is the whole name of a citizen.
        if given_name_alone(t, j) && home_note(t, j + 1) {
            let g = self.new_group();
            self.push(Some(capitalize_name(t.raw(j))), Vec::new(), pos, g);
            if let Some(f) = self.out.last_mut() {
                f.private = true;
            }
            return j + 1;
        }
        // "anh Huy", "chị Hoa": the given name alone, no post; it makes a
        // person of a full name the report wrote bare.
        if given_name_alone(t, j) {
            let g = self.new_group();
            self.push(Some(capitalize_name(t.raw(j))), Vec::new(), pos, g);
            if let Some(f) = self.out.last_mut() {
                f.short = true;
            }
            return j + 1;
        }
        j.max(pos + 1)
    }
}

/// Where the list of a title's holders opens after the title ending at
/// `e`: "là", "gồm" or a colon, maybe after "khác" ("3 Phó Bí thư khác là
/// A, B, C": the others who hold it).
fn list_opening(t: &Tokens, e: usize) -> Option<usize> {
    let opens = |e: usize| t.is_punct(e, ':') || matches!(t.low(e), "là" | "gồm");
    if t.low(e) == "khác" && opens(e + 1) {
        Some(e + 1)
    } else if let Some(n) = filled_by(t, e) {
        // "Hai Phó Chủ tịch HĐND tỉnh được bầu là ông A và ông B": the
        // members elected to the post; "Chủ tịch UBND tỉnh được chỉ định là
        // ông C": the one appointed to it.
        Some(e + n)
    } else {
        opens(e).then_some(e)
    }
}

/// The ways a post is filled that may stand between it and its holders:
/// elected, appointed by the body above, or named to it.
const FILLED_BY: &[&str] = &["được bầu", "được chỉ định", "được bổ nhiệm"];

/// How many tokens at `e` say how the post before them was filled, up to
/// the "là", "gồm" or colon that opens its holders ("được chỉ định là ông
/// A"), "newly" included ("các Phó Giám đốc vừa được bầu gồm: A, B").
fn filled_by(t: &Tokens, e: usize) -> Option<usize> {
    let newly = usize::from(matches!(t.low(e), "mới" | "vừa"));
    FILLED_BY.iter().find_map(|v| {
        let n = newly + v.split(' ').count();
        let opens = matches!(t.low(e + n), "là" | "gồm") || t.is_punct(e + n, ':');
        (t.phrase(e + newly, n - newly) == Some(v) && opens).then_some(n)
    })
}

/// Whether the word at `i` counts the post after it ("hai", "ba", "bốn",
/// or a digit from 2 to 9) and names follow the post, right after it or
/// after a comma. "năm" is a year more often than five: it counts no one.
// The count is looked at inline: this is asked of every word, and
// nearly none is a count.
#[inline]
fn counted_post(t: &Tokens, i: usize) -> bool {
    // Cheap test first: asked of every word.
    let count = match t.raw(i).as_bytes() {
        [d] => (b'2'..=b'9').contains(d),
        [b'h' | b'H' | b'b' | b'B', ..] => matches!(t.low(i), "hai" | "ba" | "bốn"),
        _ => false,
    };
    count && counted_title(t, i)
}

/// `counted_post` past its count at `i`: a title after it, then names.
#[inline(never)]
fn counted_title(t: &Tokens, i: usize) -> bool {
    if head_len(t, i + 1).is_none() {
        return false;
    }
    let Some((_, e)) = title_span(t, i + 1, true) else {
        return false;
    };
    let listed = |k: usize| {
        name_follows(t, k) && (k + 1..k + 6).any(|m| t.low(m) == "và" || t.is_punct(m, ','))
    };
    listed(e) || t.is_punct(e, ',') && listed(e + 1)
}

/// Most tokens of a title that closes a line before its holder's name.
const MAX_CLOSING_TITLE: usize = 8;

/// The line `t` and the `next` one as one, when the page broke a title or
/// a name between them: "… Phó Bí thư Thường trực -" + "Chủ tịch HĐND
/// tỉnh", or a caption "Đồng chí Nguyễn" + "Thị Hoa, Phó Chủ tịch …".
pub fn broken_line(t: &Tokens, next: Option<&Tokens>) -> Option<String> {
    let next = next?;
    let n = t.len();
    if n < 2 || next.len() < 2 || !next.is_cap(0) {
        return None;
    }
    // A dash closing the line, another office opening the next.
    let title = t.is_dash(n - 1) && head_len(t, n - 2).is_none() && head_len(next, 0).is_some();
    // A cue and a family name closing the line ("Đồng chí Nguyễn",
    // "ông Lê Văn"), the rest of the name opening the next.
    let closing = |k: usize| {
        n > k
            && (n - k..n).all(|m| t.is_cap(m) && t.is_word(m))
            && t.family(n - k, true)
            && (1..=2).any(|c| n - k >= c && lead_cue(t, n - k - c) == c)
    };
    // "Đồng chí Nguyễn Thị" + "Hoa – Phó Chủ tịch …": after a family and a
    // middle name, the given name alone may open the next line, before the
    // dash or comma that opens the titles.
    let given_alone = || next.is_word(0) && (next.is_dash(1) || next.is_punct(1, ','));
    // "… có đồng chí" + "Lê Văn A, Phó Chủ tịch …": the cue alone closing
    // the line, the whole name and its titles opening the next.
    let cue_alone = || {
        (1..=2).any(|c| {
            n >= c && matches!(t.low(n - c), "đồng" | "ông" | "bà") && lead_cue(t, n - c) == c
        }) && parse_name(next, 0, true)
            .is_some_and(|(e, _)| next.is_punct(e, ',') || next.is_dash(e) || next.is_punct(e, '('))
    };
    // "… của Tổng thống Pháp" + "Francois Hollande thành công …": a title
    // closing the line, its holder's name opening the next.
    let title_closing = || {
        (n.saturating_sub(MAX_CLOSING_TITLE)..n - 1).any(|h| {
            t.is_cap(h)
                && head_len(t, h).is_some()
                && title_span(t, h, true).is_some_and(|(_, e)| e == n)
        }) && name_follows(next, 0)
    };
    // "… Đại sứ Turkmenistan Maral Durdyevna" + "Kulieva đã trình …": a
    // foreign name after a title broken before its last word, which opens
    // the next line alone before a small word.
    let foreign_split = || {
        use super::names::foreign;
        foreign(t.raw(n - 1))
            && foreign(next.raw(0))
            && next.is_word(1)
            && !next.is_cap(1)
            && (n.saturating_sub(MAX_CLOSING_TITLE + 3)..n - 1).any(|h| {
                t.is_cap(h)
                    && head_len(t, h).is_some()
                    && title_span(t, h, true)
                        .is_some_and(|(_, e)| e < n && name_end(t, e, true) == Some(n))
            })
    };
    let name = || {
        title_closing()
            || foreign_split()
            || head_len(next, 0).is_none()
                && ((1..=2).any(closing) && parse_name(next, 0, true).is_some()
                    || closing(2) && given_alone()
                    || cue_alone())
    };
    (title || name()).then(|| format!("{} {}", t.text.trim_end(), next.text.trim_start()))
}

/// Where the brackets after a deputy's name end: "đại biểu" right before
/// the name at `i` (ending at `m`), and the seat's province in brackets
/// after it ("Đại biểu Lê Văn A (Thái Bình)").
fn deputy_seat(t: &Tokens, i: usize, m: usize) -> Option<usize> {
    if i < 2 || t.phrase(i - 2, 2) != Some("đại biểu") || !t.is_punct(m, '(') {
        return None;
    }
    let n = place_len(t, m + 1)?;
    t.is_punct(m + 1 + n, ')').then_some(m + 2 + n)
}

/// Where the holder of titles that open a clause at `i` is named, after
/// a comma at `k`, when the holder then acts: "Phát biểu tại Hội nghị,
/// Chủ tịch Hội Nông dân Việt Nam, Lê Văn A đánh giá …". The name opens
/// with a family name and a lower-case word that joins no one else
/// follows it. A cue may open the name ("Bí thư Tỉnh ủy, ông A; Bí thư
/// Tỉnh đoàn, ông B tới dự"), which then may close with a comma or a
/// semicolon as well. "Theo" may open the clause: "Theo Chủ tịch UBND
/// xã, ông A, …" names whose account follows. After a cue the name is
/// read as after any cue, so a family name that is also a word opens it
/// ("Trưởng thôn, ông Vàng A Dình, cho biết").
fn holder_after_comma(t: &Tokens, i: usize, k: usize) -> Option<usize> {
    let clause_at = |j: usize| j == 0 || !t.is_word(j - 1);
    let after_theo = i >= 1
        && t.low(i - 1) == "theo"
        && (clause_at(i - 1) || i >= 2 && t.low(i - 2) == "cũng" && clause_at(i - 2));
    // "Tổng thống Cộng hòa X, ngài A": a guest addressed as "ngài" after
    // the office.
    let honoured = t.low(k + 1) == "ngài" && t.is_cap(k + 2);
    let cue = lead_cue(t, k + 1).max(usize::from(honoured));
    // Without a cue, "Theo Chủ tịch xã, A là …" may name someone else.
    let guest = guest_received(t, i) && cue > 0;
    let opens_clause = clause_at(i) || after_theo && cue > 0 || guest || post_given_before(t, i);
    if !opens_clause || !t.is_punct(k, ',') {
        return None;
    }
    let n = k + 1 + cue;
    // A guest received may close the sentence ("… tiếp Đại sứ X, ông A.").
    let acts = |m: usize| {
        t.is_word(m) && !t.is_cap(m) && !matches!(t.low(m), "và" | "cùng" | "với" | "của")
            || cue > 0 && (t.is_punct(m, ',') || t.is_punct(m, ';'))
            || guest && (t.is_punct(m, '.') || m >= t.len())
    };
    // A family name that is also a word opens a name here only as
    // `starts_name` allowed it ("Vàng A Sáo"): read it as after a cue.
    let strong = cue > 0 || !t.family(n, false);
    // A guest addressed after the office opens no Vietnamese family name
    // ("…, ngài Rajiv Mehra sẽ thăm"): the cue makes the name.
    let opens = starts_name(t, n) || cue > 0 && t.is_cap(n) && t.raw(n).is_ascii();
    // "Phó Chủ tịch UBND tỉnh, ông A (hàng trên, bên trái) chụp ảnh …": a
    // caption's note of where the holder stands in the photo comes between
    // the name and the verb, and says nothing of who holds the titles.
    let acts_past_note = |m: usize| acts(position_note_end(t, m).unwrap_or(m));
    (opens && name_end(t, n, strong).is_some_and(acts_past_note)).then_some(n)
}

/// Verbs of a reception or a talk whose guest's posts they name, the
/// guest then named after a comma and a cue: "Thủ tướng tiếp Đại sứ
/// Hoa Kỳ tại Việt Nam, ông A", "hội đàm với Bộ trưởng Ngoại giao Lào,
/// bà B". Longest first.
#[rustfmt::skip]
const GUEST_VERBS: &[&str] = &[
    "hội đàm với", "làm việc với", "hội kiến", "tiếp kiến", "tiếp đón", "gặp gỡ", "đón", "tiếp",
];

/// Whether the titles at `i` are the object of a reception verb right
/// before them, so a cue after their comma names their holder, the guest.
fn guest_received(t: &Tokens, i: usize) -> bool {
    GUEST_VERBS.iter().any(|v| {
        let n = v.split(' ').count();
        i >= n && t.phrase(i - n, n) == Some(*v)
    })
}

/// Where the given name alone of the holder of titles at `i` is, after a
/// cue past the comma at `k`, when a verb opening the sentence gave the
/// titles: "Với cương vị Bí thư chi bộ, Trưởng thôn, ông Tư luôn …" names
/// by the given name someone the report named in full before, who holds
/// the posts. A post only named ("Tại thôn Đồng Lạc, ông Tư …") gives
/// none.
fn given_holder_after_comma(t: &Tokens, i: usize, k: usize) -> Option<usize> {
    if !t.is_punct(k, ',') {
        return None;
    }
    let cue = lead_cue(t, k + 1);
    let n = k + 1 + cue;
    (cue > 0 && given_name_alone(t, n) && post_given_before(t, i)).then_some(n)
}

/// Words that may open a sentence before the verb that gives a post
/// ("Sau khi nhận quyết định bổ nhiệm chức …", "Phát biểu nhận nhiệm vụ
/// …"): when, or on what occasion, the post was taken. A post once held
/// ("Khi còn giữ chức …", "Trong thời gian giữ chức …") is not among them.
#[rustfmt::skip]
const POST_CLAUSE_OPENERS: &[&str] = &[
    "ngay sau khi", "sau khi", "vừa", "mới", "phát biểu", "phát biểu khi", "nhận quyết định",
    "được trao quyết định",
];

/// Verb phrases that name a post given by a decision received, not
/// covered by the verbs that give a post after a name: "(nhận quyết định)
/// bổ nhiệm chức Thứ trưởng …", "nhậm chức Chủ tịch …".
#[rustfmt::skip]
const POST_RECEIVED: &[&str] = &[
    "bổ nhiệm chức", "bổ nhiệm chức vụ", "bổ nhiệm chức danh", "bổ nhiệm", "bổ nhiệm lại chức",
    "bổ nhiệm lại chức vụ", "điều động giữ chức", "điều động giữ chức vụ", "nhậm chức",
    "nhận chức",
];

/// Whether the title at `i` is given by a clause opening the sentence, so
/// the person named after its comma holds it: "Sau khi nhận quyết định bổ
/// nhiệm chức Thứ trưởng Bộ X, ông A …", "Được điều động giữ chức Giám
/// đốc Sở Y, bà B …". A post only named there ("Thay mặt Ban Thường vụ
/// Tỉnh ủy, ông C", "Tại hội nghị Ban Chấp hành, ông D") is given by no
/// verb, so is no one's.
fn post_given_before(t: &Tokens, i: usize) -> bool {
    const MOST_WORDS: usize = 12;
    let first = i.saturating_sub(MOST_WORDS);
    // Decisions may be listed with commas ("Được điều động, bổ nhiệm giữ
    // chức …"): the clause starts after the last other mark.
    let Some(start) = (first..i)
        .rev()
        .find(|&s| !t.is_word(s) && !t.is_punct(s, ','))
        .map(|s| s + 1)
        .or((first == 0).then_some(0))
    else {
        return false;
    };
    // The clause opens the sentence: the paragraph, a full stop, or an
    // outlet's tag and dash before it.
    let sentence = start == 0 || t.is_punct(start - 1, '.') || t.is_dash(start - 1);
    if !sentence || start >= i {
        return false;
    }
    let mut at = past_time_phrase(t, start, i);
    while let Some(n) = (1..=3).rev().find(|&n| {
        at + n < i
            && t.phrase(at, n)
                .is_some_and(|p| POST_CLAUSE_OPENERS.contains(&p))
    }) {
        at += n;
    }
    let verb_to_title = |at: usize| {
        title_verb_len(t, at) == Some(i - at)
            || t.phrase(at, i - at)
                .is_some_and(|p| POST_RECEIVED.contains(&p))
    };
    verb_to_title(at)
}

/// Where a clause opening at `start` goes on past a time phrase and its
/// comma, before `i`: "Từ năm 2016 đến nay, với vai trò là Trưởng thôn,
/// ông A …", "Nhiều năm qua, trên cương vị …" tell since when the post
/// was held; the verb that gives it follows. `start` when no such phrase
/// opens the clause.
fn past_time_phrase(t: &Tokens, start: usize, i: usize) -> usize {
    let time_word = |k: usize| {
        let w = t.low(k);
        w.bytes().all(|b| b.is_ascii_digit())
            || t.is_dash(k)
            || t.is_punct(k, '/')
            || matches!(
                w,
                "từ" | "năm"
                    | "đến"
                    | "nay"
                    | "những"
                    | "nhiều"
                    | "qua"
                    | "gần"
                    | "hơn"
                    | "suốt"
                    | "tháng"
                    | "trong"
                    | "các"
                    | "mấy"
            )
    };
    let end = (start..i).find(|&k| !time_word(k)).unwrap_or(i);
    let marks_time = (start..end).any(|k| {
        let w = t.low(k);
        w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) || matches!(w, "nay" | "qua")
    });
    if end > start && marks_time && t.is_punct(end, ',') && end + 1 < i {
        end + 1
    } else {
        start
    }
}

/// Whether the titles read after a name ending at `m`, up to `end`, are
/// joined to it by commas alone and a comma after them goes on to more
/// titles that end at another person's name.
fn next_holder_after_commas(t: &Tokens, m: usize, end: usize) -> bool {
    if !t.is_punct(m, ',') || !t.is_punct(end, ',') {
        return false;
    }
    if (m..end).any(|k| t.is_dash(k) || t.is_punct(k, '(') || t.is_punct(k, ';')) {
        return false;
    }
    let k = chain(t, end, None, Side::Before);
    k > end && name_follows(t, k)
}

/// Whether the one named at `e` after a rank alone (at `pos`) and the next
/// holder after the titles ending at `end` are both written rank first,
/// each with a rank alone before the name: "Đại tá A, Giám đốc Công an
/// tỉnh, Đại tá B, Phó Chỉ huy trưởng …" keeps the post between them A's,
/// as a list written name then post does.
fn ranked_alike(t: &Tokens, pos: usize, e: usize, end: usize) -> bool {
    let rank_alone =
        |k: usize, stop: usize| head_len(t, k).is_some_and(|n| k + n == stop && is_rank(t, k, n));
    // Cheap test first: most holders are named after an office.
    if !rank_alone(pos, e) || !t.is_punct(end, ',') {
        return false;
    }
    let k = chain(t, end, None, Side::Before);
    rank_alone(end + 1, k)
}

/// Further chained titles after `title` (ending at `e`), as in "Ủy viên
/// Trung ương Đảng, Phó Trưởng ban Dân vận Trung ương Dương Đình Thủy" or
/// "Đại tá Chính ủy Bộ CHQS tỉnh Lê Văn A". Returns where they end and all
/// the titles.
fn titles_before_name(t: &Tokens, e: usize, title: String) -> (usize, Vec<String>) {
    let mut titles = vec![title];
    let k = chain(t, e, Some(&mut titles), Side::Before);
    (k, titles)
}

/// Whether a name follows at `e` the rank at `i` (its head `head` long):
/// after a rank any capitalised name is a person's ("Hòa thượng Danh
/// Lưu", "Đại tá Rơ Châm Hoa"), but a body's word opens no one's ("các
/// bác sĩ Khoa Hồi sức cấp cứu").
fn ranked_name(t: &Tokens, i: usize, head: usize, e: usize) -> bool {
    is_rank(t, i, head)
        && !crate::parse::lexicon::is_named_body(t.low(e))
        && parse_name(t, e, true).is_some()
}

/// Whether the chain of titles read up to `k` closes with a rank and a
/// name follows it: "Phó Pháp chủ GHPGVN, Hòa thượng Thích Thanh A" names
/// the monk by his dharma name, which opens with no family name, as after
/// a rank alone (`ranked_name`).
fn rank_then_name(t: &Tokens, k: usize) -> bool {
    (1..=4).any(|n| k >= n && t.phrase(k - n, n).is_some_and(crate::parse::vocab::is_rank))
        && !crate::parse::lexicon::is_named_body(t.low(k))
        && parse_name(t, k, true).is_some()
}

/// Nouns of a case cited as an example before "như": "những vụ như", "các
/// trường hợp như", "những cái tên như".
const CASE_NOUNS: &[&str] = &["vụ", "án", "hợp", "tên"];

/// Where another name of someone just named, at `i`, ends (`alias_before`).
fn alias_end(t: &Tokens, i: usize) -> Option<usize> {
    alias_before(t, i).then(|| name_end(t, i, true).unwrap_or(i + 1))
}

/// Whether the capital at `i` follows the words of another name of
/// someone just named, "là" or a colon after them or not ("tên khai sinh
/// là", "bút danh", "tên gọi khác").
fn alias_before(t: &Tokens, i: usize) -> bool {
    let k = if i > 0 && (t.low(i - 1) == "là" || t.is_punct(i - 1, ':')) {
        i - 1
    } else {
        i
    };
    // Cheap test first: asked at most capitals; the words end small.
    k >= 2
        && t.is_word(k - 1)
        && !t.is_cap(k - 1)
        && (2..=3).any(|n| {
            k >= n
                && t.phrase(k - n, n)
                    .is_some_and(crate::parse::lexicon::is_alias)
        })
}

/// Whether the name at `i` opens a list of cases cited as examples ("sau
/// những vụ như A (…), B (…) và C"): people written about, not present.
fn cited_cases(t: &Tokens, i: usize) -> bool {
    i >= 2 && t.low(i - 1) == "như" && CASE_NOUNS.contains(&t.low(i - 2))
}

#[cfg(test)]
mod tests;
