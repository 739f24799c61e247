//! Finds the people of one paragraph with their titles: after a cue
//! ("đồng chí", "ông", "bà"), in lists ("các đồng chí Ủy viên Ban Thường vụ
//! Thành ủy: A, X; B, Y" — the shared title goes to every member), after a
//! title ("Trưởng ban Dân vận Trung ương Bùi Thị Minh Hoài") and before one
//! ("Nguyễn Văn A, Phó Chủ tịch UBND tỉnh"). A title with no name after it
//! is not a person; it is kept as a reference so roles can reach its holder.

use super::names::{name_end, parse_name, starts_name};
use super::text::capitalize_name;
use super::titles::{
    chain, head_len, is_rank, name_follows, parse_title, title_span, title_verb_len, titles_after,
    Side, OPENS,
};
use super::tokens::Tokens;

/// A person or a bare title found at token `pos`; members of one list share `group`.
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
    /// Named as a household or family ("hộ bà A", "gia đình ông B"): a
    /// private person, no official unless a title says otherwise.
    pub private: bool,
    /// Named by the given name alone ("bà Nga là …"): the person of the
    /// report whose full name ends with it.
    pub short: bool,
}

/// How a mention is introduced.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Cue {
    /// "đồng chí", "ông", "bà": one person, possibly a title first.
    One,
    /// "các đồng chí": a list, possibly under a shared title.
    Many,
    /// "các Ủy viên Bộ Chính trị": a list under the title that follows.
    ManyTitled,
}

/// Everything found in one paragraph, in order.
pub fn find_people(t: &Tokens) -> Vec<Found> {
    let mut scan = Scan {
        t,
        out: Vec::new(),
        group: 0,
    };
    let mut i = 0;
    while i < t.len() {
        i = scan.step(i);
    }
    scan.out
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
}

impl Scan<'_, '_> {
    fn push(&mut self, name: Option<String>, titles: Vec<String>, pos: usize, group: u32) {
        let private = titles.is_empty() && private_at(self.t, pos);
        self.out.push(Found {
            name,
            titles,
            pos,
            group,
            private,
            short: false,
        });
    }

    fn new_group(&mut self) -> u32 {
        self.group += 1;
        self.group
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

    /// Looks for a mention at `i`; returns where to continue.
    fn step(&mut self, i: usize) -> usize {
        let t = self.t;
        // Most tokens are small words that cue no one and open no title:
        // every reading below needs a cue, a title's first word, or a capital.
        let tok = t.toks[i];
        if !(tok.word && tok.cap)
            && tok.info.flags & (crate::parse::vocab::flag::PERSON_CUE | OPENS) == 0
        {
            return i + 1;
        }
        if let Some(end) = self.pronoun(i) {
            return end;
        }
        if let Some((j, cue)) = cue_at(t, i) {
            let j = if t.is_punct(j, ':') { j + 1 } else { j };
            return match cue {
                Cue::One => self.single(j, i),
                Cue::Many => self.list(j, i, false),
                Cue::ManyTitled => self.list(j, i, true),
            };
        }
        if let Some((head, e)) = opens_title(t, i).then(|| title_span(t, i, true)).flatten() {
            // "Thừa ủy quyền của Chủ tịch nước, Thiếu tướng Lê A trao …": the
            // title on whose behalf someone acts is no one's here, unless
            // its holder is named ("… của Chủ tịch nước Lê B trao").
            if on_behalf(t, i) && !name_follows(t, e) && !behalf_chain(t, e) {
                return e.max(i + 1);
            }
            // "miễn nhiệm chức vụ Chủ tịch UBND huyện đối với ông A": the
            // post is the named person's.
            if let Some(k) = post_held_by(t, i, e) {
                if let Some((_, title)) = parse_title(t, i, true) {
                    return self.titled_name(k, vec![title], i, None);
                }
            }
            // "cố Thủ tướng A", "Ngày sinh Chủ tịch B": a leader who has
            // died, remembered, holds no office here.
            if commemorated(t, i) {
                let k = chain(t, e, None, Side::Before);
                return name_end(t, k, true).unwrap_or(k).max(i + 1);
            }
            // Only a name, or more titles, after the title make a person;
            // the title is built only then.
            let link = t.is_punct(e, ',')
                || t.is_punct(e, ';')
                || t.is_dash(e)
                || head_len(t, e).is_some();
            // "bổ nhiệm ba Ủy viên Trung ương Đảng là A, B và C", "các
            // Phó Chủ tịch gồm: A, B": the title is every member's.
            // "3 Phó Bí thư Tỉnh ủy: ông A (…), bà B (…) và ông C": a colon
            // after the title opens the same list, its members cued one by one.
            let list = t.is_punct(e, ':') || matches!(t.low(e), "là" | "gồm");
            if list && !name_follows(t, e) {
                let title = parse_title(t, i, true).map(|(_, title)| [title]);
                if let Some(end) = title.and_then(|title| self.shared_list(e, &title)) {
                    return end;
                }
            }
            // After a rank any capitalised name is a person's ("Hòa thượng
            // Danh Lưu", "Đại tá Rơ Châm Hoa").
            let ranked = is_rank(t, i, head) && parse_name(t, e, true).is_some();
            if name_follows(t, e) || link || ranked {
                if let Some((e, title)) = parse_title(t, i, true) {
                    let (k, titles) = titles_before_name(t, e, title);
                    let k = dashed_holder(t, k).unwrap_or(k);
                    if name_follows(t, k) || (ranked && k == e) {
                        return self.titled_name(k, titles, i, None);
                    }
                    // "nguyên Tỉnh ủy viên, Phó Chủ tịch … là A, B, C".
                    if let Some(end) = self.shared_list(k, &titles) {
                        return end;
                    }
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
        if starts_name(t, i) {
            if let Some((m, name)) = parse_name(t, i, false) {
                let explicit = t.is_punct(m, ',')
                    || t.is_dash(m)
                    || t.is_punct(m, '(')
                    || title_verb_len(t, m).is_some();
                let (e, titles) = titles_after(t, m);
                if explicit && !titles.is_empty() {
                    let g = self.new_group();
                    self.push(Some(name), titles, i, g);
                    return e;
                }
                return m;
            }
        }
        i + 1
    }

    /// "bổ nhiệm ba Ủy viên Trung ương Đảng là A, B và C", "các Phó Chủ
    /// tịch gồm: A, B", "3 Phó Bí thư Tỉnh ủy: ông A (…), bà B (…)": after
    /// `titles` ending at `e`, "là", "gồm" or a colon opens a list whose
    /// members all hold them. Returns where the list ends.
    fn shared_list(&mut self, e: usize, titles: &[String]) -> Option<usize> {
        let t = self.t;
        let colon = t.is_punct(e, ':');
        if !(colon || matches!(t.low(e), "là" | "gồm")) {
            return None;
        }
        let k = if colon || !t.is_punct(e + 1, ':') {
            e + 1
        } else {
            e + 2
        };
        let n = k + lead_cue(t, k);
        if !(name_follows(t, n) || parse_name(t, n, true).is_some()) {
            return None;
        }
        let (head, rest) = titles.split_first()?;
        let g = self.new_group();
        let first = self.out.len();
        let end = self.items(k, Some(head), g)?;
        for f in &mut self.out[first..] {
            let at = 1.min(f.titles.len());
            f.titles.splice(at..at, rest.iter().cloned());
        }
        Some(end)
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
        let (end, more) = titles_after(self.t, m);
        let bare = if more.is_empty() {
            bare_names(self.t, m)
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
                f.private |= f.titles.is_empty() && citizen_note(t, m);
            }
            // "tuyên dương ông A, B": more names after an untitled one,
            // each opening with a family name, are the cue's list.
            let untitled = end == m;
            if untitled && (t.is_punct(m, ',') || t.low(m) == "và") && starts_name(t, m + 1) {
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
        j.max(pos + 1)
    }

    /// After "các đồng chí": an optional shared title and colon, then items
    /// separated by ";", "," or "và".
    fn list(&mut self, j: usize, pos: usize, titled: bool) -> usize {
        let t = self.t;
        let group = self.new_group();
        let mut shared = None;
        let mut k = j;
        if let Some((e, title)) = parse_title(t, j, true) {
            if t.is_punct(e, ':') {
                shared = Some(title);
                k = e + 1;
            } else if name_follows(t, e) {
                // "các đồng chí Phó Chủ tịch UBND tỉnh A và B": the title
                // is plural, unless later members have titles of their own
                // ("các đồng chí Bí thư Tỉnh ủy A, Chủ tịch UBND tỉnh B").
                let first = self.out.len();
                let end = self.items(e, Some(&title), group);
                if !titled {
                    self.unshare(first);
                }
                return end.unwrap_or_else(|| j.max(pos + 1));
            } else if parse_name(t, e, true).is_none() {
                // "các đồng chí nguyên Tỉnh ủy viên, Phó Chủ tịch … là A, B".
                let (k, chained) = titles_before_name(t, e, title);
                if k > e {
                    if let Some(end) = self.shared_list(k, &chained) {
                        return end;
                    }
                }
                self.push(None, chained.into_iter().take(1).collect(), pos, group);
                return e;
            }
        }
        self.items(k, shared.as_deref(), group)
            .unwrap_or_else(|| j.max(pos + 1))
    }

    /// The items of a list from `k`, each with the `shared` title; `None`
    /// when no item is there. Returns where the list ends.
    fn items(&mut self, mut k: usize, shared: Option<&str>, group: u32) -> Option<usize> {
        let t = self.t;
        let first = self.out.len();
        // "ông A, bà B và ông C": members cued one by one stay in the list.
        let cued = lead_cue(t, k) > 0;
        // Each item moves `k` forward; the count bounds the loop as well.
        for _ in 0..t.len() {
            let Some((end, item)) = self.item(k, shared, group) else {
                break;
            };
            self.out.push(item);
            k = end;
            let sep = t.is_punct(k, ';') || t.is_punct(k, ',') || t.low(k) == "và";
            let n = if cued {
                k + 1 + lead_cue(t, k + 1)
            } else {
                k + 1
            };
            if !sep || cue_at(t, n).is_some() || !item_starts(t, n) {
                break;
            }
            k += 1;
        }
        if self.out.len() == first {
            return None;
        }
        self.share_last_titles(first);
        Some(k)
    }

    /// Takes the shared title back from the members after the first (from
    /// `first`) when one of them has a title of its own.
    fn unshare(&mut self, first: usize) {
        let rest = self.out.get_mut(first + 1..).unwrap_or_default();
        if rest.iter().any(|f| f.titles.len() > 1) {
            for f in rest.iter_mut().filter(|f| !f.titles.is_empty()) {
                f.titles.remove(0);
            }
        }
    }

    /// "các đồng chí A, B, C - Phó Trưởng Ban …": names alone, the last
    /// with titles after a dash: the titles are every member's.
    fn share_last_titles(&mut self, first: usize) {
        let Some((last, rest)) = self.out[first..].split_last() else {
            return;
        };
        // "các đồng chí A và B giữ chức vụ Phó Chủ tịch Hội": the verb
        // gives the title to the whole list too.
        let dash = name_end(self.t, last.pos, true)
            .is_some_and(|m| self.t.is_dash(m) || title_verb_len(self.t, m).is_some());
        if rest.is_empty() || !dash || rest.iter().any(|f| !f.titles.is_empty()) {
            return;
        }
        let titles = last.titles.clone();
        let n = self.out.len();
        for f in &mut self.out[first..n - 1] {
            f.titles.clone_from(&titles);
        }
    }

    /// One list member: "Name, Title, Title" or "Title Name".
    fn item(&self, k: usize, shared: Option<&str>, group: u32) -> Option<(usize, Found)> {
        let t = self.t;
        let mut titles: Vec<String> = shared.map(String::from).into_iter().collect();
        let pos = k;
        let k = k + lead_cue(t, k);
        let (end, m, name) = if let Some((e, title)) = parse_title(t, k, true) {
            let (e, before) = titles_before_name(t, e, title);
            let (m, name) = parse_name(t, e, true)?;
            add_titles(&mut titles, before);
            let (end, more) = titles_after(t, m);
            add_titles(&mut titles, more);
            (end, m, name)
        } else {
            let (m, name) = parse_name(t, k, true)?;
            let (end, more) = titles_after(t, m);
            add_titles(&mut titles, more);
            (end, m, name)
        };
        Some((
            end,
            Found {
                private: titles.is_empty() && (private_at(t, k) || citizen_note(t, m)),
                name: Some(name),
                titles,
                pos,
                group,
                short: false,
            },
        ))
    }
}

/// Most names in a list that shares the title of the first.
const MAX_BARE: usize = 8;

/// After a titled name ending at `m` (and a short note in brackets), two
/// or more names with no title of their own, the last after "và": "Phó
/// Chủ tịch UBND tỉnh A (B), C và D". Each opens with a family name
/// that opens no place. Returns where the list ends and each name with
/// where it starts; `None` unless "và" closes the list.
fn bare_names(t: &Tokens, m: usize) -> Option<(usize, Vec<(usize, String)>)> {
    // Cheap test first: this is asked after every titled name.
    let mut k = bracket_end(t, m).unwrap_or(m);
    if !(t.is_punct(k, ',') || t.low(k) == "và") {
        return None;
    }
    let mut names = Vec::new();
    while names.len() < MAX_BARE {
        let last = t.low(k) == "và";
        if !(last || t.is_punct(k, ',')) || !starts_name(t, k + 1) {
            return None;
        }
        let (e, name) = parse_name(t, k + 1, false)?;
        if !titles_after(t, e).1.is_empty() {
            return None;
        }
        names.push((k + 1, name));
        k = bracket_end(t, e).unwrap_or(e);
        if last {
            // Three people at least: "Bí thư A và B" may name B by no title.
            return (names.len() >= 2).then_some((k, names));
        }
    }
    None
}

/// The index past a short note in brackets at `m` that holds no title:
/// "A (9 Tiến)", "B (Tư Thanh)".
fn bracket_end(t: &Tokens, m: usize) -> Option<usize> {
    if !t.is_punct(m, '(') || head_len(t, m + 1).is_some() {
        return None;
    }
    (m + 2..m + 6)
        .take_while(|&k| k < t.len() && !t.is_punct(k, '(') && !t.is_punct(k, '.'))
        .find(|&k| t.is_punct(k, ')'))
        .map(|k| k + 1)
}

/// Whether a title may open at `i` in running text: a word that opens
/// one, not right after "Ban" ("thay mặt Ban Giám đốc Công an tỉnh,
/// Thượng tá A": there an office names the board, not a post).
fn opens_title(t: &Tokens, i: usize) -> bool {
    t.has(i, OPENS) && !(i > 0 && t.raw(i - 1) == "Ban")
}

/// "Bí thư Tỉnh ủy – Nguyễn Văn A phát biểu", "Chủ tịch UBND tỉnh - ông
/// Lê Văn B": a dash between a title and its holder; where the name starts.
fn dashed_holder(t: &Tokens, k: usize) -> Option<usize> {
    if !t.is_dash(k) {
        return None;
    }
    let j = match t.low(k + 1) {
        "ông" | "bà" => k + 2,
        "đồng" if t.low(k + 2) == "chí" => k + 3,
        _ => k + 1,
    };
    starts_name(t, j).then_some(j)
}

/// Where the name starts in "chức vụ TITLE đối với ông A" (a dismissal or
/// an appointment written with the post first), the title at `i` ending
/// at `e`.
fn post_held_by(t: &Tokens, i: usize, e: usize) -> Option<usize> {
    let post = i > 0 && matches!(t.low(i - 1), "vụ" | "chức") && t.phrase(e, 2) == Some("đối với");
    if !post {
        return None;
    }
    let n = e + 2 + lead_cue(t, e + 2);
    (n > e + 2 && parse_name(t, n, true).is_some()).then_some(n)
}

/// "Ông từng giữ các chức vụ: A, B", "Bà hiện là Chủ tịch …": a sentence
/// opening with "Ông" or "Bà" alone (he, she) and a verb that gives posts;
/// where the titles end, and the titles.
fn pronoun_posts(t: &Tokens, i: usize) -> Option<(usize, Vec<String>)> {
    if !matches!(t.raw(i), "Ông" | "Bà") || t.is_cap(i + 1) || !(i == 0 || t.is_punct(i - 1, '.'))
    {
        return None;
    }
    let mut k = i + 1;
    while k < i + 3 && matches!(t.low(k), "từng" | "đã" | "hiện" | "đang" | "nay") {
        k += 1;
    }
    // "giữ các chức vụ:", "giữ nhiều chức vụ như", "đảm nhiệm các cương vị:".
    if matches!(t.low(k), "giữ" | "đảm") {
        let from = k + if t.low(k) == "đảm" { 2 } else { 1 };
        let lists = (from..from + 3).find(|&m| matches!(t.low(m), "vụ" | "vị"))?;
        k = lists + 1;
        if t.is_punct(k, ':') || matches!(t.low(k), "như" | "là") {
            k += 1;
        }
        let (end, titles) = titles_after(t, k - 1);
        return (!titles.is_empty()).then_some((end, titles));
    }
    let (end, titles) = titles_after(t, k);
    (!titles.is_empty() && end > k).then_some((end, titles))
}

/// A given name alone at `j` (after "ông", "bà") followed by a verb that
/// gives a post: where the titles end, and the titles.
fn short_reference(t: &Tokens, j: usize) -> Option<(usize, Vec<String>)> {
    let w = t.raw(j);
    let one = t.is_cap(j)
        && !t.is_abbrev(j)
        && (2..=7).contains(&w.chars().count())
        && w.chars().all(crate::parse::text::is_letter)
        && !t.is_cap(j + 1);
    if !one || title_verb_len(t, j + 1).is_none() {
        return None;
    }
    let (end, titles) = titles_after(t, j + 1);
    (!titles.is_empty()).then_some((end, titles))
}

/// Whether the person cue at `i` ("ông", "bà", "cụ", "anh", "chị") names a
/// household or a family ("hộ bà A", "gia đình ông B", "hộ gia đình chị
/// C"), or someone a news item names as a victim, suspect or patient
/// ("nạn nhân là anh A", "đối tượng B", "bị cáo C").
fn private_at(t: &Tokens, i: usize) -> bool {
    if !matches!(
        t.low(i),
        "ông" | "bà" | "cụ" | "anh" | "chị" | "em" | "cháu" | "đồng"
    ) || i == 0
    {
        return false;
    }
    // "anh", "chị", "em", "cháu" name citizens: a young volunteer, a
    // victim, a pupil; an official is named so only beside a title.
    if matches!(t.low(i), "anh" | "chị" | "em" | "cháu") {
        return true;
    }
    let household = t.low(i - 1) == "hộ" || (i > 1 && t.phrase(i - 2, 2) == Some("gia đình"));
    // "trao quà cho gia đình đồng chí A": the family of someone who died.
    if household && t.phrase(i, 2) == Some("đồng chí") {
        return true;
    }
    // "nạn nhân là anh A", "tài xế xe tải là ông B": the role, maybe "là".
    let k = if t.low(i - 1) == "là" { i - 1 } else { i };
    let role = k > 1
        && t.phrase(k - 2, 2).is_some_and(|p| {
            matches!(
                p,
                "nạn nhân"
                    | "đối tượng"
                    | "bị cáo"
                    | "bị can"
                    | "nghi phạm"
                    | "nghi can"
                    | "thủ phạm"
                    | "bệnh nhân"
                    | "phạm nhân"
                    | "tài xế"
                    | "lái xe"
                    | "người bệnh"
            )
        });
    household || role
}

/// Whether what follows a name at `m` describes a private person: age,
/// birth year or home in brackets ("(35 tuổi, trú xã B)", "(SN 1990)",
/// "(thôn Đông)", "(số 12/3 Lê Lợi)"), or ", một người dân …".
fn citizen_note(t: &Tokens, m: usize) -> bool {
    // "anh Phạm Văn H. (SN 1998)": a name cut to an initial, as news on
    // accidents and crimes write it; the note follows the full stop.
    let initial = m > 0 && t.raw(m - 1).chars().count() == 1 && t.is_cap(m - 1);
    let m = if initial && t.is_punct(m, '.') {
        m + 1
    } else {
        m
    };
    let words = |from: usize| (from..from + 4).map(|k| t.low(k));
    // "bà A, ấp Sở Líp", "ông B - Ấp Hưng Thạnh": a home after a comma or
    // a dash is a household's address.
    let hamlet = |k: usize| {
        matches!(
            t.low(k),
            "ấp" | "thôn" | "xóm" | "bản" | "buôn" | "khóm" | "sóc"
        ) && t.is_cap(k + 1)
            || matches!(t.phrase(k, 3), Some("tổ dân phố" | "khu dân cư"))
    };
    if (t.is_punct(m, ',') || t.is_dash(m)) && hamlet(m + 1) {
        return true;
    }
    if t.is_punct(m, '(') {
        // A home: a house number, or a village, hamlet or commune.
        let home = t.low(m + 1).starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                t.low(m + 1),
                "số" | "thôn" | "ấp" | "xóm" | "bản" | "buôn" | "tổ" | "khu" | "xã" | "phường"
            );
        return home
            || words(m + 1).any(|w| matches!(w, "tuổi" | "sn" | "sinh" | "trú" | "ngụ" | "quê"));
    }
    t.is_punct(m, ',')
        && (t.phrase(m + 1, 2) == Some("người dân")
            || t.phrase(m + 2, 2) == Some("người dân")
            || matches!(t.low(m + 1), "trú" | "ngụ" | "sinh" | "ở"))
}

/// Whether the title at `i` names the one on whose behalf someone acts
/// ("thừa ủy quyền của …", "thừa lệnh …", "thay mặt …").
fn on_behalf(t: &Tokens, i: usize) -> bool {
    let before = |n: usize| i.checked_sub(n).and_then(|k| t.phrase(k, n));
    matches!(before(3), Some("ủy quyền của" | "uỷ quyền của"))
        || matches!(before(2), Some("thừa lệnh" | "thay mặt"))
        || before(3) == Some("thừa lệnh của")
}

/// Whether the title at `i` is that of someone who has died: after "cố"
/// (the late) or the day of their birth or death ("kỷ niệm 100 năm ngày
/// sinh Chủ tịch A", "lễ giỗ cố Tổng Bí thư B").
fn commemorated(t: &Tokens, i: usize) -> bool {
    let before = |n: usize| i.checked_sub(n).and_then(|k| t.phrase(k, n));
    // "Viếng nguyên Phó Chủ tịch … A", "dâng hương tưởng niệm Chủ tịch B":
    // the dead are visited and remembered.
    before(1) == Some("cố")
        || matches!(before(1), Some("viếng" | "điếu" | "mộ"))
        || before(2) == Some("tưởng niệm")
        || matches!(
            before(2),
            Some("ngày sinh" | "ngày mất" | "ngày giỗ" | "lễ giỗ" | "ngày hy sinh" | "năm sinh")
        )
}

/// Whether, after the title of the one on whose behalf someone acts
/// (ending at `e`), a comma leads to more offices of the same holder and
/// their name ("… của Chủ tịch nước, Tổng Bí thư Lê A"), rather than to
/// the rank or office of the one who acts.
fn behalf_chain(t: &Tokens, e: usize) -> bool {
    if !t.is_punct(e, ',') {
        return false;
    }
    let Some(head) = head_len(t, e + 1) else {
        return false;
    };
    if is_rank(t, e + 1, head) {
        return false;
    }
    let k = chain(t, e, None, Side::Before);
    // "Thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy A trao …": a post
    // of a province, district or commune is the one who acts, not the
    // head of state on whose behalf.
    let local = (e + 1..k).any(|m| {
        matches!(
            t.low(m),
            "tỉnh" | "huyện" | "xã" | "phường" | "quận" | "thành" | "thị"
        )
    });
    k > e && !local && name_follows(t, k)
}

/// Whether a list member starts at `k` (as `Scan::item` reads one).
fn item_starts(t: &Tokens, k: usize) -> bool {
    match title_span(t, k, true) {
        Some((_, e)) => {
            // "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Nguyễn Văn A".
            let e = chain(t, e, None, Side::Before);
            name_end(t, e, true).is_some()
        }
        None => name_end(t, k, true).is_some(),
    }
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

/// Village elders and dignitaries, named as people are in reports on dân
/// vận ("già làng A Ting"); religious ranks ("Hòa thượng") are titles.
#[rustfmt::skip]
const DIGNITARY: &[&str] = &[
    "già làng", "người có uy tín", "chức sắc", "trưởng họ", "cụ",
];

/// A dignitary's title at `i` followed by a capitalised word.
fn dignitary(t: &Tokens, i: usize) -> Option<(usize, Cue)> {
    let n = match t.low(i) {
        "cụ" => 1,
        "người" => 4,
        _ => 2,
    };
    if !t.is_cap(i + n) {
        return None;
    }
    DIGNITARY
        .contains(&t.phrase(i, n)?)
        .then_some((i + n, Cue::One))
}

/// The length of a one-person cue ("ông", "bà", "đồng chí") opening a list
/// member at `k`, or 0.
fn lead_cue(t: &Tokens, k: usize) -> usize {
    match cue_at(t, k) {
        Some((j, Cue::One)) if matches!(t.low(k), "ông" | "bà" | "đồng" | "đ/c") => j - k,
        _ => 0,
    }
}

/// A cue at `i`: returns the index after it and its kind.
fn cue_at(t: &Tokens, i: usize) -> Option<(usize, Cue)> {
    if !t.has(i, crate::parse::vocab::flag::PERSON_CUE) {
        return None;
    }
    match t.low(i) {
        "các" if t.phrase(i, 3) == Some("các đồng chí") => Some((i + 3, Cue::Many)),
        // "các Ủy viên Bộ Chính trị: A, …; B, …", "các Phó Bí thư Đảng ủy A, B, C".
        "các" if head_len(t, i + 1).is_some() => Some((i + 1, Cue::ManyTitled)),
        "ngài" if t.is_cap(i + 1) => Some((i + 1, Cue::One)),
        "đồng" if t.phrase(i, 2) == Some("đồng chí") => Some((i + 2, Cue::One)),
        "đ/c" => Some((i + 1, Cue::One)),
        "ông" | "bà" if t.is_cap(i + 1) => Some((i + 1, Cue::One)),
        // "anh Nguyễn Văn Tư", "chị Lò Thị Mai": only before a family name.
        "anh" | "chị" if t.is_cap(i + 1) && t.family(i + 1, false) => Some((i + 1, Cue::One)),
        "già" | "người" | "chức" | "trưởng" | "cụ" => dignitary(t, i),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
