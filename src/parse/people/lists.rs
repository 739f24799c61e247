//! Lists of people: "các đồng chí A, B, C", a title shared by every member
//! ("các Phó Chủ tịch UBND tỉnh gồm: A, B"), and names with no title of
//! their own after a titled one.

use super::cues::{badge_note, citizen_note, cue_at, lead_cue, private_at, Cue};
use super::{add_titles, titles_before_name, Found, Scan};
use crate::parse::names::{name_end, parse_name, starts_name};
use crate::parse::titles::{
    chain, head_len, name_follows, parse_title, title_span, title_verb_len, titles_after, Side,
};
use crate::parse::tokens::Tokens;

impl Scan<'_, '_> {
    /// "bổ nhiệm ba Ủy viên Trung ương Đảng là A, B và C", "các Phó Chủ
    /// tịch gồm: A, B", "3 Phó Bí thư Tỉnh ủy: ông A (…), bà B (…)": after
    /// `titles` ending at `e`, "là", "gồm" or a colon opens a list whose
    /// members all hold them. Returns where the list ends.
    pub(super) fn shared_list(&mut self, e: usize, titles: &[String]) -> Option<usize> {
        let t = self.t;
        // "các Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng, gồm: A, B":
        // a comma may close the titles before "gồm".
        let e = if t.is_punct(e, ',') && t.low(e + 1) == "gồm" {
            e + 1
        } else {
            e
        };
        // "các Phó Giám đốc vừa được bầu gồm: A, B": how the post was
        // filled may stand before the list.
        let e = e + super::filled_by(t, e).unwrap_or(0);
        let colon = t.is_punct(e, ':');
        if !(colon || matches!(t.low(e), "là" | "gồm")) {
            return None;
        }
        let k = if colon || !t.is_punct(e + 1, ':') {
            e + 1
        } else {
            e + 2
        };
        // "3 nguyên Bí thư Tỉnh ủy là các ông: A, B, C": a plural cue first.
        // "4 đồng chí Phó Chủ tịch Hội, gồm đồng chí: A, đồng chí B": or
        // one person's cue before the colon.
        let k = match cue_at(t, k) {
            Some((j, Cue::Many)) => j + usize::from(t.is_punct(j, ':')),
            Some((j, Cue::One)) if t.is_punct(j, ':') => j + 1,
            _ => k,
        };
        // "Tổ phó Tổ công tác là: Bộ trưởng Bộ Tư pháp A; Bộ trưởng B": the
        // members may have titles of their own before their names.
        let n = k + member_cue(t, k);
        if !(name_follows(t, n) || parse_name(t, n, true).is_some() || item_starts(t, n)) {
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

    /// After "các đồng chí": an optional shared title and colon, then items
    /// separated by ";", "," or "và".
    pub(super) fn list(&mut self, j: usize, pos: usize, titled: bool) -> usize {
        let t = self.t;
        let group = self.new_group();
        let mut shared = None;
        let mut k = j;
        if let Some((e, title)) = parse_title(t, j, true) {
            // "bầu các Phó Chủ tịch UBND tỉnh … đối với ông A, bà B": the
            // post written before its holders.
            if let Some(end) =
                super::context::post_held_by(t, j, e).and_then(|n| self.held_post(j, n))
            {
                return end;
            }
            if t.is_punct(e, ':') {
                shared = Some(title);
                k = e + 1;
            } else if name_follows(t, e) || titled && t.is_punct(e, ',') && name_follows(t, e + 1) {
                // "các đồng chí Phó Chủ tịch UBND tỉnh A và B": the title
                // is plural, unless later members have titles of their own
                // ("các đồng chí Bí thư Tỉnh ủy A, Chủ tịch UBND tỉnh B").
                let first = self.out.len();
                let e = e + usize::from(t.is_punct(e, ','));
                let end = self.items(e, Some(&title), group);
                if titled {
                    self.unshare_from_own(first, &title);
                } else {
                    self.unshare(first);
                }
                return end.unwrap_or_else(|| j.max(pos + 1));
            } else if parse_name(t, e, true).is_none() {
                // "các đồng chí nguyên Tỉnh ủy viên, Phó Chủ tịch … là A, B".
                // "các Thứ trưởng Bộ … gồm các ông, bà: A, B" too.
                let (k, chained) = titles_before_name(t, e, title);
                if let Some(end) = self.shared_list(k, &chained) {
                    return end;
                }
                // "các đồng chí: Ủy viên Bộ Chính trị, Chủ tịch nước A;
                // Ủy viên Bộ Chính trị, Thủ tướng B": a chain ending in a
                // name is the first member's own; the items read it whole.
                if !name_follows(t, k) {
                    self.push(None, chained.into_iter().take(1).collect(), pos, group);
                    return e;
                }
                // "Thay mặt các Đại sứ, Thứ trưởng Bộ Ngoại giao A": the
                // title after "các" is many people's, and the one name
                // after the chain holds only the posts after it; a post
                // over many bodies ("Trưởng các cơ quan đại diện") is none
                // of hers either.
                if titled && t.is_punct(e, ',') {
                    let own = own_links(t, e + 1, k);
                    return self
                        .items(own, None, group)
                        .unwrap_or_else(|| j.max(pos + 1));
                }
            }
        }
        let first = self.out.len();
        let end = self.items(k, shared.as_deref(), group);
        if let Some(end) = end {
            self.share_elected_post(first, end);
        }
        // "trao quà cho 2 em A và B": a counted noun of private persons
        // makes every member with no post one.
        if shared.is_none() && private_at(t, pos) {
            for f in &mut self.out[first..] {
                f.private |= f.titles.is_empty();
            }
        }
        end.unwrap_or_else(|| j.max(pos + 1))
    }

    /// "Các ông: A, Phó Bí thư Tỉnh ủy khóa XIX; B, Chủ tịch Ủy ban MTTQ
    /// tỉnh tiếp tục được bầu giữ chức Phó Bí thư Tỉnh ủy khóa XX": members
    /// with titles of their own, items apart by semicolons or "và", then
    /// a verb of election or appointment after the last one's titles. The
    /// list is the verb's subject, so the post it gives is every member's.
    fn share_elected_post(&mut self, first: usize, end: usize) {
        let t = self.t;
        let members = &self.out[first..];
        let Some(last) = members.last() else {
            return;
        };
        let items_apart = members
            .windows(2)
            .all(|w| (w[0].pos..w[1].pos).any(|m| t.is_punct(m, ';') || t.low(m) == "và"));
        if members.len() < 2
            || !items_apart
            || members
                .iter()
                .any(|f| f.name.is_none() || f.titles.is_empty())
        {
            return;
        }
        let Some(post) = (last.pos + 1..=end)
            .find_map(|m| elects(t, m).map(|n| m + n))
            .and_then(|at| parse_title(t, at, true))
            .map(|(_, post)| post)
            .filter(|post| held_by_several(post))
        else {
            return;
        };
        let n = self.out.len();
        for f in &mut self.out[first..n - 1] {
            if !f.titles.contains(&post) {
                f.titles.push(post.clone());
            }
        }
    }

    /// The items of a list from `k`, each with the `shared` title; `None`
    /// when no item is there. Returns where the list ends.
    pub(super) fn items(
        &mut self,
        mut k: usize,
        shared: Option<&str>,
        group: u32,
    ) -> Option<usize> {
        let t = self.t;
        let first = self.out.len();
        // "ông A, bà B và ông C": members cued one by one stay in the list.
        let cued = member_cue(t, k) > 0;
        // Each item moves `k` forward; the count bounds the loop as well.
        for _ in 0..t.len() {
            if let Some(end) = self.sub_list(k, shared, group) {
                k = end;
            } else {
                let Some((end, item)) = self.item(k, shared, group) else {
                    break;
                };
                self.out.push(item);
                k = end;
            }
            // "ba xạ thủ A (HCV 25m, 584 điểm), B (…) và C": a note in
            // brackets after a member with no title holds none either; nor
            // one after a member holding only the title the list shares
            // ("2 Phó Bí thư gồm anh A (SN 1990), chị B (SN 1992)").
            let shared_only = usize::from(shared.is_some());
            if self
                .out
                .last()
                .is_some_and(|f| f.titles.len() <= shared_only)
            {
                k = note_end(t, k).unwrap_or(k);
                k = past_birth_year(t, k);
            }
            let sep = t.is_punct(k, ';') || t.is_punct(k, ',') || t.low(k) == "và";
            // "các ông A, B, C và bà D": the last member may be cued alone
            // after "và" in a list of bare names; after a member with a
            // title of their own, "và đồng chí E, …" names someone else.
            let bare = self
                .out
                .last()
                .is_some_and(|f| f.titles.len() <= usize::from(shared.is_some()));
            // "các đồng chí Thứ trưởng Bộ Nội vụ: A, B, C; Thiếu tướng D,
            // Cục trưởng …": after a member holding only the shared title, a
            // semicolon then a rank or a post written before a name opens
            // the next guest, who holds a post of their own and not the
            // shared one.
            if shared.is_some()
                && bare
                && t.is_punct(k, ';')
                && title_span(t, k + 1, true).is_some()
            {
                break;
            }
            // "gồm đồng chí: A, đồng chí B, đồng chí C": under a shared
            // title, members after commas may be cued one by one too.
            let shared_comma = shared.is_some() && bare && t.is_punct(k, ',');
            let n = if cued || shared_comma || (bare && t.low(k) == "và") {
                k + 1 + member_cue(t, k + 1)
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
        // Offices given in turn ("A, B, Giám đốc và Phó Giám đốc Công ty
        // C") are written after the last name; a list under a title written
        // before it ("các Trưởng phòng A, …, B, …") starts each member's
        // titles with that one, not with one office of a run.
        self.share_list_titles(first);
        if shared.is_none() {
            self.give_respectively(first);
        }
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

    /// Takes the plural title written after "các" (from `first`) back from
    /// the first member whose own title is written before its name, and
    /// from every member after it: "các nguyên Chủ tịch tỉnh A, B; Bí thư
    /// Tỉnh ủy C" names two former chairmen and a secretary. A member's
    /// title after its name ("các Ủy viên Ban Thường vụ A, Trưởng Ban …")
    /// adds to the shared one.
    fn unshare_from_own(&mut self, first: usize, shared: &str) {
        let t = self.t;
        let own_before = |f: &Found| {
            f.titles.len() > 1 && parse_title(t, f.pos + member_cue(t, f.pos), true).is_some()
        };
        let Some(from) = self
            .out
            .get(first + 1..)
            .and_then(|r| r.iter().position(own_before))
        else {
            return;
        };
        for f in self.out.get_mut(first + 1 + from..).unwrap_or_default() {
            if f.titles.first().is_some_and(|s| s == shared) {
                f.titles.remove(0);
            }
        }
    }

    /// "các đồng chí A, B, C - Phó Trưởng Ban …": names alone, the last
    /// with titles after a dash: the titles are every member's.
    pub(super) fn share_last_titles(&mut self, first: usize) {
        self.share_list_titles(first);
        self.give_respectively(first);
    }

    /// "Trần Văn A, Lê Văn B, Giám đốc và Phó Giám đốc Công ty C": as many
    /// bare offices as members, the last one with its body, are each
    /// member's in turn, all of that body.
    fn give_respectively(&mut self, first: usize) {
        let list = &self.out[first..];
        let n = list.len();
        let Some(shared) = list.first().map(|f| f.titles.clone()) else {
            return;
        };
        if n < 2
            || shared.len() != n
            || list.iter().any(|f| f.name.is_none() || f.titles != shared)
            || !shared[..n - 1].iter().all(|t| bare_office(t))
        {
            return;
        }
        let Some(body) = body_after_office(&shared[n - 1]) else {
            return;
        };
        let posts: Vec<String> = shared
            .iter()
            .enumerate()
            .map(|(k, office)| {
                if k + 1 == n {
                    office.clone()
                } else {
                    format!("{office}{body}")
                }
            })
            .collect();
        for (f, post) in self.out[first..].iter_mut().zip(posts) {
            f.titles = vec![post];
        }
    }

    /// "bầu chức danh Trưởng ban và Phó Trưởng ban Y đối với ông A và bà
    /// B": a bare office and a post joined by "và", written before their
    /// two holders (the first at `first`), are one each in order, the
    /// second's body lent to the first; the holders were given both.
    pub(super) fn give_held_respectively(&mut self, first: usize, office: &str, more: &[String]) {
        let [post] = more else {
            return;
        };
        let Some(body) = body_after_office(post).filter(|_| bare_office(office)) else {
            return;
        };
        let [a, b] = self.out.get_mut(first..).unwrap_or_default() else {
            return;
        };
        let gave_both = a.titles.get(..2) == Some(&[office.to_string(), post.clone()][..]);
        if a.name.is_none()
            || b.name.is_none()
            || !gave_both
            || b.titles.first().map(String::as_str) != Some(office)
        {
            return;
        }
        a.titles.remove(1);
        a.titles[0] = format!("{office}{body}");
        b.titles[0].clone_from(post);
    }

    fn share_list_titles(&mut self, first: usize) {
        self.share_comma_runs(first);
        let Some((last, rest)) = self.out[first..].split_last() else {
            return;
        };
        // "các đồng chí A và B giữ chức vụ Phó Chủ tịch Hội": the verb
        // gives the title to the whole list too.
        // Members cued one by one ("ông A, ông B - Chủ tịch …") share a
        // post only when a verb gives it.
        let start = last.pos + lead_cue(self.t, last.pos);
        let cued = start > last.pos;
        let end = name_end(self.t, start, true);
        // "Các ông A sinh năm 1959, B sinh năm 1962 cũng được bầu giữ chức
        // …": the verb comes after the last one's birth year.
        let verb =
            end.is_some_and(|m| title_verb_len(self.t, past_birth_year(self.t, m)).is_some());
        let dash = verb || end.is_some_and(|m| self.t.is_dash(m) && !cued);
        // Those that hold the last one's titles already were shared them;
        // "các Phó Tổng Thanh tra: A, B làm Tổ phó": a post given by a verb
        // is added to the title the list shares.
        // "4 đồng chí: Đại tướng A, B, C được bầu giữ chức …": a member's
        // rank is no post of its own; the post is added after it.
        let ranked = |f: &Found| verb && f.titles.iter().all(|t| crate::parse::is_rank(t));
        let own = |f: &Found| {
            !(f.titles.is_empty()
                || f.titles == last.titles
                || ranked(f)
                || verb && last.titles.starts_with(&f.titles))
        };
        if rest.is_empty() || !dash || rest.iter().any(own) {
            return;
        }
        let titles = last.titles.clone();
        let n = self.out.len();
        for f in &mut self.out[first..n - 1] {
            if ranked(f) && !titles.starts_with(&f.titles) {
                f.titles.extend(titles.iter().cloned());
            } else {
                f.titles.clone_from(&titles);
            }
        }
    }

    /// "đối với: ông A, ông B, ông C, Tỉnh ủy viên, Phó Chủ tịch UBND
    /// tỉnh": names joined by commas (or "và") with no title of their own,
    /// then a name with titles after a comma (or a dash): the titles are
    /// the whole run's. A member with titles of its own ends the run and keeps them.
    /// So does a citizen's note.
    fn share_comma_runs(&mut self, first: usize) {
        let t = self.t;
        for i in first + 1..self.out.len() {
            let f = &self.out[i];
            let start = f.pos + lead_cue(t, f.pos);
            let m = name_end(t, start, true);
            // "…; B, C - Phó Bí thư Tỉnh ủy; …": the titles after a dash
            // close the run as they do after a comma, unless the member is
            // cued alone ("ông B, ông C - Chủ tịch …" is a verb's to share).
            let comma = m.is_some_and(|m| t.is_punct(m, ',') || t.is_dash(m) && start == f.pos);
            // "trao quà cho các ông A, B, thương binh": a citizen's note
            // after the last name is the run's too.
            let citizens =
                f.titles.is_empty() && f.private && m.is_some_and(|m| citizen_note(t, m));
            if f.titles.is_empty() && !citizens || f.name.is_none() || !comma {
                continue;
            }
            let titles = f.titles.clone();
            let mut j = i;
            // Member `j - 1` is in the run when a comma or "và" comes right
            // before member `j` and it has no title (or this very one).
            while j > first {
                let joined = self.out[j]
                    .pos
                    .checked_sub(1)
                    .is_some_and(|k| t.is_punct(k, ',') || t.low(k) == "và");
                let prev = &self.out[j - 1];
                let open = prev.titles.is_empty() || prev.titles == titles;
                let apart = prev.private && !citizens || prev.short || prev.name.is_none();
                if !joined || !open || apart {
                    break;
                }
                j -= 1;
            }
            for f in &mut self.out[j..i] {
                f.titles.clone_from(&titles);
                f.private |= citizens;
            }
        }
    }

    /// "…, Thủ tướng A, nguyên Chủ tịch Quốc hội: B, C; …": a title and a
    /// colon inside a list open a smaller list whose members share it (and
    /// the list's `shared` title). Members are names joined by commas or
    /// "và"; one with titles of its own keeps them too and closes the
    /// smaller list. Returns where it ends; `None` unless a name follows
    /// the colon.
    fn sub_list(&mut self, k: usize, shared: Option<&str>, group: u32) -> Option<usize> {
        let t = self.t;
        let (e, title) = parse_title(t, k, true)?;
        let (e, own) = titles_before_name(t, e, title);
        if !t.is_punct(e, ':') {
            return None;
        }
        let mut members = Vec::new();
        let mut at = e + 1;
        let mut end = at;
        while let Some((m, name)) = parse_name(t, at, true) {
            let (after, more) = titles_after(t, m);
            let titled = !more.is_empty();
            members.push((at, name, more));
            end = if titled { after } else { m };
            let sep = t.is_punct(end, ',') || t.low(end) == "và";
            if titled || !sep || !starts_name(t, end + 1) {
                break;
            }
            at = end + 1;
        }
        if members.is_empty() {
            return None;
        }
        for (pos, name, more) in members {
            let mut titles: Vec<String> = shared.map(String::from).into_iter().collect();
            titles.extend(own.iter().cloned());
            titles.extend(more);
            self.out.push(Found {
                name: Some(name),
                titles,
                pos,
                group,
                private: false,
                short: false,
                bare: false,
            });
        }
        Some(end)
    }

    /// One list member: "Name, Title, Title" or "Title Name".
    fn item(&self, k: usize, shared: Option<&str>, group: u32) -> Option<(usize, Found)> {
        let t = self.t;
        let mut titles: Vec<String> = shared.map(String::from).into_iter().collect();
        let pos = k;
        let k = k + member_cue(t, k);
        let (end, m, name) = if let Some((e, title)) = parse_title(t, k, true) {
            let (e, before) = titles_before_name(t, e, title);
            let (m, name) = parse_name(t, e, true)?;
            // "5 Thứ trưởng gồm các ông: Thứ trưởng thường trực A, ông B":
            // a member's own title that narrows the shared one stands for it,
            // and the list goes on under the shared one.
            let narrows = |s: &str| {
                before
                    .first()
                    .is_some_and(|b| b.len() > s.len() && b.starts_with(s))
            };
            if shared.is_some_and(narrows) {
                titles.clear();
            }
            add_titles(&mut titles, before);
            let (end, more) = titles_after(t, m);
            // "Thủ tướng A, nguyên Chủ tịch Quốc hội: B, C": titles that end
            // at a colon before a name head the next members, not this one.
            if more.is_empty() || opens_sub_list(t, end) {
                (m, m, name)
            } else {
                add_titles(&mut titles, more);
                (end, m, name)
            }
        } else {
            let (m, name) = parse_name(t, k, true)?;
            let (end, more) = titles_after(t, m);
            add_titles(&mut titles, more);
            (end, m, name)
        };
        Some((
            end,
            Found {
                private: titles.is_empty()
                    && (private_at(t, pos) || citizen_note(t, m) || badge_note(t, m)),
                name: Some(name),
                titles,
                pos,
                group,
                short: false,
                bare: false,
            },
        ))
    }
}

/// Length of a verb phrase at `k` that elects or appoints to the post
/// after it ("tiếp tục được tín nhiệm bầu giữ chức", "được chỉ định làm"),
/// not one a relative clause gives its own subject ("người vừa được bầu").
fn elects(t: &Tokens, k: usize) -> Option<usize> {
    if k == 0 || t.low(k - 1) == "người" {
        return None;
    }
    let n = title_verb_len(t, k)?;
    (k..k + n)
        .any(|m| {
            matches!(t.low(m), "bầu" | "cử")
                || m > k && matches!((t.low(m - 1), t.low(m)), ("chỉ", "định") | ("bổ", "nhiệm"))
        })
        .then_some(n)
}

/// Whether several people hold `post` at once, so that a list may be
/// elected to it together: a deputy's or a member's post.
fn held_by_several(post: &str) -> bool {
    shared_post(post)
        || ["Ủy viên ", "Uỷ viên ", "Thành viên "]
            .iter()
            .any(|p| post.starts_with(p))
}

/// Length of the cue before a member of a list: "ông", "bà", "đồng
/// chí", and "anh", "chị" before a family name, as youth unions name
/// their officials ("các Phó Bí thư Tỉnh đoàn gồm: anh A và chị B").
/// Without a title, such a member stays a private person.
fn member_cue(t: &Tokens, k: usize) -> usize {
    match cue_at(t, k) {
        Some((j, Cue::One)) if matches!(t.low(k), "anh" | "chị") => j - k,
        _ => lead_cue(t, k),
    }
}

/// Most names in a list that shares the title of the first.
const MAX_BARE: usize = 8;

/// After a titled name ending at `m` (and a short note in brackets), two
/// or more names with no title of their own, the last after "và": "Phó
/// Chủ tịch UBND tỉnh A (B), C và D". Each opens with a family name
/// that opens no place. One name is enough when the post is `shared`,
/// one that several hold at once ("Phó Tổng Tham mưu trưởng A và B").
/// Returns where the list ends and each name with where it starts;
/// `None` unless "và" closes the list.
pub(super) fn bare_names(
    t: &Tokens,
    m: usize,
    shared: bool,
) -> Option<(usize, Vec<(usize, String)>)> {
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
            return (names.len() >= 2 || shared && lone_name_ends(t, k)).then_some((k, names));
        }
    }
    None
}

/// Whether the clause ends at `k`, after the one name a shared post is
/// given to: at a mark, the line's end or a verb, not at a word that
/// goes on naming ("… và B Văn" is no name read whole).
fn lone_name_ends(t: &Tokens, k: usize) -> bool {
    k >= t.len() || !t.is_word(k) || !t.is_cap(k)
}

/// Whether a post written once before two names is held by both: a
/// deputy's ("Phó …") or a former one ("cựu", "nguyên"), which several
/// hold at once, as "Bí thư A và B" may not be.
pub(super) fn shared_post(title: &str) -> bool {
    ["Phó ", "phó ", "cựu ", "Cựu ", "nguyên ", "Nguyên "]
        .iter()
        .any(|p| title.starts_with(p))
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

/// The index past a birth year written bare at `k` ("sinh năm 1959"),
/// which lists may give after each member with no bracket or comma;
/// `k` itself when there is none.
fn past_birth_year(t: &Tokens, k: usize) -> usize {
    let year = t.raw(k + 2).len() == 4 && t.raw(k + 2).bytes().all(|b| b.is_ascii_digit());
    if year && t.low(k) == "sinh" && t.low(k + 1) == "năm" {
        k + 3
    } else {
        k
    }
}

/// Most tokens of a note in brackets after a list member.
const MAX_NOTE: usize = 24;

/// The index past a note in brackets at `k`, within one sentence.
pub(super) fn note_end(t: &Tokens, k: usize) -> Option<usize> {
    if !t.is_punct(k, '(') {
        return None;
    }
    (k + 1..k + MAX_NOTE)
        .take_while(|&j| j < t.len() && !t.is_punct(j, '(') && !t.is_punct(j, '.'))
        .find(|&j| t.is_punct(j, ')'))
        .map(|j| j + 1)
}

/// Whether titles ending at `e` close with a colon and a name after it:
/// the titles head a smaller list ("nguyên Chủ tịch Quốc hội: B, C").
fn opens_sub_list(t: &Tokens, e: usize) -> bool {
    t.is_punct(e, ':') && name_end(t, e + 1, true).is_some()
}

/// Whether a list member starts at `k` (as `Scan::item` or
/// `Scan::sub_list` reads one).
fn item_starts(t: &Tokens, k: usize) -> bool {
    match title_span(t, k, true) {
        Some((_, e)) => {
            // "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Nguyễn Văn A".
            let e = chain(t, e, None, Side::Before);
            name_end(t, e, true).is_some() || opens_sub_list(t, e)
        }
        None => name_end(t, k, true).is_some(),
    }
}

/// Whether the word at `k` names a place or a body by a person's name
/// after it: a street, a school, a prize, a pass ("đường", "trường",
/// "giải", "đèo", "mang tên"), as `assets/lexicon/namesakes.txt` lists
/// them.
pub(super) fn names_a_place(t: &Tokens, k: usize) -> bool {
    // "Trường THCS Lê Lợi", "Tiểu học Kim Đồng": a body's own word or
    // initials right before.
    t.has(k, crate::parse::vocab::flag::INSTITUTION)
        || t.is_abbrev(k)
        || crate::parse::lexicon::is_namesake(t.low(k))
}

/// Most members of a run of names in capitals.
const MAX_RUN: usize = 12;

/// "như Quang Hải, Lê Tuấn Hải, Tiến Linh": the run of names in capitals
/// joined by commas and "và" around the bare full name at `i`, when two
/// of them at least open with a family name and run three syllables, as
/// sports news lists players, short names and nicknames mixed. A member
/// is two to four capitalised words; a place, an organ, a title or a
/// street's word before the run makes it no list of people. Returns
/// where the run ends and each member's span.
pub(super) fn capital_run(t: &Tokens, i: usize) -> Option<(usize, Vec<(usize, usize)>)> {
    let cap = |k: usize| t.is_word(k) && t.is_cap(k) && !t.is_abbrev(k);
    let sep = |k: usize| t.is_punct(k, ',') || t.low(k) == "và";
    let member_end = |s: usize| (s..s + 5).find(|&k| !cap(k)).unwrap_or(s + 5);
    // Cheap test first: a separator right after the name or before it.
    let first_end = member_end(i);
    if !(sep(first_end) || i > 0 && sep(i - 1)) {
        return None;
    }
    let mut start = i;
    let mut members = Vec::new();
    while members.len() < MAX_RUN && start >= 3 && sep(start - 1) && cap(start - 2) {
        let e = start - 1;
        let s = (e.saturating_sub(5)..e)
            .rev()
            .take_while(|&k| cap(k))
            .last()?;
        // "Thứ trưởng Bộ Công an Việt Nam, A, B và C": a country closes
        // the organ before the run and is no member of it (the country's
        // own name is in no list of foreign ones).
        let country = t
            .phrase(s, e - s)
            .is_some_and(|p| p == "việt nam" || crate::parse::vocab::is_country(p));
        if !(2..=4).contains(&(e - s)) || s > 0 && cap(s - 1) || country {
            break;
        }
        members.push((s, e));
        start = s;
    }
    members.reverse();
    let mut e = first_end;
    members.push((i, e));
    while members.len() < MAX_RUN && sep(e) && cap(e + 1) {
        let f = member_end(e + 1);
        if !(2..=4).contains(&(f - e - 1)) {
            break;
        }
        members.push((e + 1, f));
        e = f;
    }
    let full = members
        .iter()
        .filter(|&&(s, f)| f - s >= 3 && starts_name(t, s))
        .count();
    let place_word = |k: usize| {
        matches!(
            t.low(k),
            "đường" | "phố" | "tuyến" | "xã" | "phường" | "tỉnh" | "huyện" | "quận" | "thôn"
        )
    };
    let before_place = (start.saturating_sub(4)..start).any(place_word)
        || start > 0 && names_a_place(t, start - 1);
    let plain = |&(s, _): &(usize, usize)| {
        crate::parse::organs::organ_len(t, s).is_none()
            && !crate::parse::vocab::is_title_word(t.low(s))
    };
    // Many given names are places too ("Thanh Bình"): a run of people
    // holds few of them, a run of wards and communes mostly them.
    let places = members
        .iter()
        .filter(|&&(s, f)| crate::parse::titles::place_len(t, s) == Some(f - s))
        .count();
    let people = members.len() >= 3 && full >= 2 && places * 3 < members.len();
    (people && !before_place && members.iter().all(plain)).then_some((e, members))
}

/// Where the posts of one person start in a chain from `k` up to her name
/// at `name`: past each post over many bodies ("Trưởng các cơ quan đại
/// diện,"), whose head has "các" or "những" right after it.
fn own_links(t: &Tokens, mut k: usize, name: usize) -> usize {
    while k < name {
        let Some(head) = head_len(t, k) else {
            break;
        };
        let plural = matches!(t.low(k + head), "các" | "những");
        match parse_title(t, k, true) {
            Some((end, _)) if plural && end < name && t.is_punct(end, ',') => k = end + 1,
            _ => break,
        }
    }
    k
}

/// The body after the longest bare office that opens `post` (" UBND
/// xã A" in "Phó Chủ tịch UBND xã A").
fn body_after_office(post: &str) -> Option<&str> {
    post.match_indices(' ')
        .map(|(at, _)| at)
        .rev()
        .find(|&at| bare_office(&post[..at]))
        .map(|at| &post[at..])
}

/// Whether `title` is an office alone, with no body after it ("Giám đốc",
/// "Phó Giám đốc"); a rank is none ("Đại tá A, B, Chính ủy …"), nor a
/// committee's membership, which names its committee in its own words
/// ("ông A, ông B, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh" gives both
/// posts to both).
fn bare_office(title: &str) -> bool {
    let lower = title.to_lowercase();
    crate::parse::vocab::is_head(&lower)
        && !crate::parse::vocab::is_rank(&lower)
        && !names_its_committee(&lower)
}

/// Whether the lower-case `office` is a committee's membership with the
/// committee before it ("tỉnh ủy viên", "đảng uỷ viên").
fn names_its_committee(office: &str) -> bool {
    office
        .strip_suffix(" ủy viên")
        .or_else(|| office.strip_suffix(" uỷ viên"))
        .is_some_and(|committee| {
            matches!(
                committee,
                "tỉnh" | "huyện" | "thành" | "quận" | "thị" | "đảng" | "khu"
            )
        })
}
